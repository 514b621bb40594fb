package timex

import (
	"strings"
	"testing"
	"time"

	"chronicle"
)

// published is the reference date of most cases: Friday 11 July 2025.
var published = time.Date(2025, 7, 11, 0, 0, 0, 0, time.UTC)

type findCase struct {
	text string // the sentence
	span string // the expected timex text ("" = no timex at all)
	typ  string
	val  string
	mod  string
}

var findCases = []findCase{
	// a clock time before a zone is no year; a year on a new line does not continue a date
	{"The film is shown on Saturday 12 February at 2005 GMT.", "Saturday 12 February", "DATE", "2025-02-12", ""},
	{"Kick-off: Saturday, 26 February\n\n1400 GMT", "Saturday, 26 February", "DATE", "2025-02-26", ""},
	// weekdays by tense (reference: Friday 2025-07-11)
	{"Rubio met Wang Yi on Thursday.", "Thursday", "DATE", "2025-07-10", ""},
	{"The ministers will meet on Thursday.", "Thursday", "DATE", "2025-07-17", ""},
	{"The talks ended on Monday.", "Monday", "DATE", "2025-07-07", ""},
	{"The talks will resume on Monday.", "Monday", "DATE", "2025-07-14", ""},
	{"He said on Friday that talks would continue.", "Friday", "DATE", "2025-07-11", ""},
	{"The vote is expected to take place on Tuesday.", "Tuesday", "DATE", "2025-07-15", ""},
	{"Officials said Wednesday the plan had failed.", "Wednesday", "DATE", "2025-07-09", ""},
	{"Protesters gathered on Sunday.", "Sunday", "DATE", "2025-07-06", ""},
	{"They are going to sign it on Saturday.", "Saturday", "DATE", "2025-07-12", ""},
	{"The deal was signed last Friday.", "last Friday", "DATE", "2025-07-04", ""},
	{"The summit opens next Monday.", "next Monday", "DATE", "2025-07-14", ""},
	{"The plant closed last Tuesday.", "last Tuesday", "DATE", "2025-07-08", ""},
	{"They'll decide next Wednesday.", "next Wednesday", "DATE", "2025-07-16", ""},
	{"The fire started Thursday night.", "Thursday night", "TIME", "2025-07-10TNI", ""},
	{"He arrived Wednesday morning.", "Wednesday morning", "TIME", "2025-07-09TMO", ""},
	{"The market opens on Mondays.", "Mondays", "SET", "XXXX-WXX-1", ""},
	{"The meeting was held on Friday, July 4, 2025.", "Friday, July 4, 2025", "DATE", "2025-07-04", ""},
	{"The court ruled on Tuesday, July 8.", "Tuesday, July 8", "DATE", "2025-07-08", ""},
	{"It was announced early Tuesday.", "early Tuesday", "DATE", "2025-07-08", "START"},
	{"The race is run this Sunday.", "this Sunday", "DATE", "2025-07-13", ""},
	// relative days
	{"Prices rose yesterday.", "yesterday", "DATE", "2025-07-10", ""},
	{"Prices rose today.", "today", "DATE", "2025-07-11", ""},
	{"The result is due tomorrow.", "tomorrow", "DATE", "2025-07-12", ""},
	{"He will speak tonight.", "tonight", "TIME", "2025-07-11TNI", ""},
	{"The storm hit last night.", "last night", "TIME", "2025-07-10TNI", ""},
	{"She spoke this morning.", "this morning", "TIME", "2025-07-11TMO", ""},
	{"The bill passed late yesterday.", "late yesterday", "DATE", "2025-07-10", "END"},
	{"Trading resumed yesterday afternoon.", "yesterday afternoon", "TIME", "2025-07-10TAF", ""},
	// months by tense
	{"Trump returned to the White House in January.", "January", "DATE", "2025-01", ""},
	{"In May, the US and China reached a deal.", "May", "DATE", "2025-05", ""},
	{"Talks will take place in early August.", "early August", "DATE", "2025-08", "START"},
	{"The law takes effect in late September.", "late September", "DATE", "2025-09", "END"},
	{"Elections were held in November.", "November", "DATE", "2024-11", ""},
	{"Elections will be held in November.", "November", "DATE", "2025-11", ""},
	{"The factory will reopen in March.", "March", "DATE", "2026-03", ""},
	{"Exports fell in mid-June.", "mid-June", "DATE", "2025-06", "MID"},
	{"The firm was founded in June 2019.", "June 2019", "DATE", "2019-06", ""},
	{"He took office in January of 2021.", "January of 2021", "DATE", "2021-01", ""},
	{"Sales slumped last December.", "last December", "DATE", "2024-12", ""},
	{"The event returns next April.", "next April", "DATE", "2026-04", ""},
	{"The plan was unveiled this month and approved in July last year.", "this month", "DATE", "2025-07", ""},
	{"It opened in July last year.", "July last year", "DATE", "2024-07", ""},
	{"The treaty was signed at the beginning of March.", "the beginning of March", "DATE", "2025-03", "START"},
	{"Results are due by the end of October.", "the end of October", "DATE", "2025-10", "END"},
	// month names that are not months
	{"Theresa May said she would resign.", "", "", "", ""},
	{"May I ask a question?", "", "", "", ""},
	{"The rules may change soon.", "", "", "", ""},
	{"Troops march toward the border.", "", "", "", ""},
	{"It was an august gathering.", "", "", "", ""},
	{"Tensions escalated during Trump's second term.", "", "", "", ""},
	{"The second round of talks began.", "", "", "", ""},
	// calendar dates
	{"The accord was signed on July 4, 2025.", "July 4, 2025", "DATE", "2025-07-04", ""},
	{"The accord was signed on 4 July 2025.", "4 July 2025", "DATE", "2025-07-04", ""},
	{"He was born on the 4th of July, 1990.", "the 4th of July, 1990", "DATE", "1990-07-04", ""},
	{"The report came out on Oct. 23.", "Oct. 23", "DATE", "2024-10-23", ""},
	{"The hearing is set for Sept. 15.", "Sept. 15", "DATE", "2025-09-15", ""},
	{"The deadline is August 1st.", "August 1st", "DATE", "2025-08-01", ""},
	{"Shares fell on March 3rd.", "March 3rd", "DATE", "2025-03-03", ""},
	{"The ceasefire began on December 25.", "December 25", "DATE", "2024-12-25", ""},
	{"Voting starts on Nov. 5, 2026.", "Nov. 5, 2026", "DATE", "2026-11-05", ""},
	// numeric formats
	{"Data as of 2025-07-11 shows growth.", "2025-07-11", "DATE", "2025-07-11", ""},
	{"The filing dated 07/03/2025 was late.", "07/03/2025", "DATE", "2025-07-03", ""},
	{"The filing dated 25/12/2024 was late.", "25/12/2024", "DATE", "2024-12-25", ""},
	{"The filing dated 12/25/2024 was late.", "12/25/2024", "DATE", "2024-12-25", ""},
	{"Meeting in Kuala Lumpur on 11/7.", "11/7", "DATE", "2025-07-11", ""},
	{"The ceremony took place on 10.07.2025.", "10.07.2025", "DATE", "2025-07-10", ""},
	{"He resigned on 3/4/99.", "3/4/99", "DATE", "1999-03-04", ""},
	{"Half of 1/2 is a quarter.", "", "", "", ""},
	{"The team won 3-2 on penalties.", "", "", "", ""},
	// years, decades, centuries
	{"The company was founded in 1998.", "1998", "DATE", "1998", ""},
	{"Sales were $2025 million.", "", "", "", ""},
	{"About 1500 people attended.", "", "", "", ""},
	{"Inflation was high in the 1970s.", "the 1970s", "DATE", "197", ""},
	{"Inflation was high in 1970s Britain.", "1970s", "DATE", "197X", ""},
	{"It was popular in the early 1990s.", "the early 1990s", "DATE", "199", "START"},
	{"It was built in the mid-1980s.", "the mid-1980s", "DATE", "198", "MID"},
	{"Music from the '80s is back.", "the '80s", "DATE", "198", ""},
	{"It dates from the 19th century.", "the 19th century", "DATE", "18", ""},
	{"It is the worst drought this century.", "this century", "DATE", "20", ""},
	{"The tower was finished in mid-1996.", "mid-1996", "DATE", "1996", "MID"},
	{"Growth slowed in early 2024.", "early 2024", "DATE", "2024", "START"},
	{"The plant opens in 2027 or later.", "2027 or later", "DATE", "2027", "ON_OR_AFTER"},
	// this / last / next
	{"This week, Trump praised the relations.", "This week", "DATE", "2025-W28", ""},
	{"Prices fell last week.", "last week", "DATE", "2025-W27", ""},
	{"Talks resume next week.", "next week", "DATE", "2025-W29", ""},
	{"Trump wants to meet Xi this year.", "this year", "DATE", "2025", ""},
	{"Output fell last year.", "last year", "DATE", "2024", ""},
	{"Output will rise next year.", "next year", "DATE", "2026", ""},
	{"Rates rose last month.", "last month", "DATE", "2025-06", ""},
	{"Rates will rise next month.", "next month", "DATE", "2025-08", ""},
	{"The vote happens this weekend.", "this weekend", "DATE", "2025-W28-WE", ""},
	{"The shop closed last weekend.", "last weekend", "DATE", "2025-W27-WE", ""},
	{"Sales rose earlier this year.", "earlier this year", "DATE", "2025", "START"},
	{"The bill will pass later this year.", "later this year", "DATE", "2025", "END"},
	{"The law passes early next year.", "early next year", "DATE", "2026", "START"},
	{"He left earlier this month.", "earlier this month", "DATE", "2025-07", "START"},
	{"The plan stalled late last year.", "late last year", "DATE", "2024", "END"},
	{"Trade rose the past year.", "the past year", "DATE", "2024", ""},
	// seasons
	{"The station opened last summer.", "last summer", "DATE", "2024-SU", ""},
	{"The station opens this summer.", "this summer", "DATE", "2025-SU", ""},
	{"The station opens next spring.", "next spring", "DATE", "2026-SP", ""},
	{"The harvest failed last fall.", "last fall", "DATE", "2024-FA", ""},
	{"Snow fell in the winter of 2021.", "the winter of 2021", "DATE", "2021-WI", ""},
	{"Prices fall in autumn 2025.", "autumn 2025", "DATE", "2025-FA", ""},
	{"Leaves fall from the trees.", "", "", "", ""},
	{"Water from the spring is clean.", "", "", "", ""},
	// quarters, halves, fiscal years
	{"Profit rose in the third quarter.", "the third quarter", "DATE", "2025-Q3", ""},
	{"Profit rose in the second quarter.", "the second quarter", "DATE", "2025-Q2", ""},
	{"Profit fell in the fourth quarter.", "the fourth quarter", "DATE", "2024-Q4", ""},
	{"Fourth-quarter profit fell.", "Fourth-quarter", "DATE", "2024-Q4", ""},
	{"Profit rose in the first quarter of 2024.", "the first quarter of 2024", "DATE", "2024-Q1", ""},
	{"Revenue grew in Q2 2025.", "Q2 2025", "DATE", "2025-Q2", ""},
	{"Sales doubled in the first half.", "the first half", "DATE", "2025-H1", ""},
	{"Sales doubled in the second half of 2023.", "the second half of 2023", "DATE", "2023-H2", ""},
	{"Earnings in fiscal 2024 rose.", "fiscal 2024", "DATE", "2024", ""},
	{"Earnings for fiscal year 2023 fell.", "fiscal year 2023", "DATE", "2023", ""},
	{"Revenue rose this quarter.", "this quarter", "DATE", "2025-Q3", ""},
	{"Revenue fell last quarter.", "last quarter", "DATE", "2025-Q2", ""},
	{"Profit rose in the quarter.", "the quarter", "DATE", "2025-Q2", ""},
	// ago, from now
	{"The war ended two years ago.", "two years ago", "DATE", "2023", ""},
	{"He left three days ago.", "three days ago", "DATE", "2025-07-08", ""},
	{"She moved six months ago.", "six months ago", "DATE", "2025-01", ""},
	{"The plant closed a decade ago.", "a decade ago", "DATE", "2015", ""},
	{"It happened several years ago.", "several years ago", "DATE", "PAST_REF", ""},
	{"He left about two weeks ago.", "about two weeks ago", "DATE", "2025-W26", "APPROX"},
	{"The loan is due two years from now.", "two years from now", "DATE", "2027", ""},
	// ranges
	{"Prices rose from May to July.", "May", "DATE", "2025-05", ""},
	{"The exhibition runs from 2019 to 2023.", "2019", "DATE", "2019", ""},
	// durations
	{"The talks lasted three hours.", "three hours", "DURATION", "PT3H", ""},
	{"He served four years in prison.", "four years", "DURATION", "P4Y", ""},
	{"The strike lasted 10 days.", "10 days", "DURATION", "P10D", ""},
	{"It took a week.", "a week", "DURATION", "P1W", ""},
	{"They waited for several months.", "several months", "DURATION", "PXM", ""},
	{"It grew over the past two decades.", "the past two decades", "DURATION", "P20Y", ""},
	{"Sales rose in the past five years.", "the past five years", "DURATION", "P5Y", ""},
	{"The next three weeks are crucial.", "The next three weeks", "DURATION", "P3W", ""},
	{"A 10-hour flight left.", "10-hour", "DURATION", "PT10H", ""},
	{"It took 2 1/2 years.", "2 1/2 years", "DURATION", "P2Y6M", ""},
	{"It took two and a half years.", "two and a half years", "DURATION", "P2Y6M", ""},
	{"The call lasted a minute and a half.", "a minute and a half", "DURATION", "PT1M30S", ""},
	{"He ran for more than 30 minutes.", "more than 30 minutes", "DURATION", "PT30M", "MORE_THAN"},
	{"The sale takes less than a month.", "less than a month", "DURATION", "P1M", "LESS_THAN"},
	{"Detention of at least 72 hours.", "at least 72 hours", "DURATION", "PT72H", "EQUAL_OR_MORE"},
	{"A ban of up to 180 days.", "up to 180 days", "DURATION", "P180D", "EQUAL_OR_LESS"},
	{"They talked for nearly an hour.", "nearly an hour", "DURATION", "PT1H", "APPROX"},
	{"The first nine months were good.", "The first nine months", "DURATION", "P9M", ""},
	{"It lasted twenty-four hours.", "twenty-four hours", "DURATION", "PT24H", ""},
	{"The 5-year-old boy smiled.", "", "", "", ""},
	{"He has lived there for years.", "years", "DURATION", "PXY", ""},
	{"It lasted a couple of weeks.", "a couple of weeks", "DURATION", "P2W", ""},
	// sets
	{"The paper is published daily.", "daily", "SET", "P1D", ""},
	{"Reports come out weekly.", "weekly", "SET", "P1W", ""},
	{"They meet every Monday.", "every Monday", "SET", "XXXX-WXX-1", ""},
	{"Inspections happen every year.", "every year", "SET", "P1Y", ""},
	{"The board meets twice a year.", "twice a year", "SET", "P1Y", ""},
	{"Buses run every two hours.", "every two hours", "SET", "PT2H", ""},
	// times with zones
	{"The vote closes at 3 p.m. today.", "3 p.m. today", "TIME", "2025-07-11T15:00", ""},
	{"It opens at 10:30 a.m. EDT on Monday.", "10:30 a.m. EDT on Monday", "TIME", "2025-07-07T10:30", ""},
	{"Trading halted at 15:00.", "15:00", "TIME", "2025-07-11T15:00", ""},
	{"The strike began at midnight.", "midnight", "TIME", "2025-07-11T24:00", ""},
	{"Lunch is at noon.", "noon", "TIME", "2025-07-11T12:00", ""},
	{"The launch is set for 9 a.m. Tuesday.", "9 a.m. Tuesday", "TIME", "2025-07-15T09:00", ""},
	{"The polls close at 8 pm GMT.", "8 pm GMT", "TIME", "2025-07-11T20:00", ""},
	{"The meeting started around 7:15 p.m.", "around 7:15 p.m.", "TIME", "2025-07-11T19:15", "APPROX"},
	{"The score was 1.20 a share.", "", "", "", ""},
	{"The file was stamped 2025-07-11T15:00 and sent.", "2025-07-11T15:00", "TIME", "2025-07-11T15:00", ""},
	{"He left a week or so ago.", "a week or so ago", "DATE", "2025-W27", "APPROX"},
	{"Prices rose from May to July.", "July", "DATE", "2025-07", ""},
	{"The summit will be on April 24 and 25.", "25", "DATE", "2026-04-25", ""},
	{"The index closed at 2082.1 points.", "", "", "", ""},
	{"He saves $2 million a year.", "", "", "", ""},
	// references
	{"The economy is now growing.", "now", "DATE", "PRESENT_REF", ""},
	{"Prices have risen recently.", "recently", "DATE", "PAST_REF", ""},
	{"Things were different in the past.", "the past", "DATE", "PAST_REF", ""},
	{"Costs will fall in the future.", "the future", "DATE", "FUTURE_REF", ""},
	{"The firm is currently profitable.", "currently", "DATE", "PRESENT_REF", ""},
	{"Nothing will change in the near future.", "the near future", "DATE", "FUTURE_REF", ""},
	{"We don't minimize the challenges of the near term.", "the near term", "DATE", "FUTURE_REF", ""},
	{"The shares will be sold at a later date.", "a later date", "DATE", "FUTURE_REF", ""},
	{"He blamed current market conditions.", "current", "DATE", "PRESENT_REF", ""},
	{"The current account deficit widened.", "", "", "", ""},
	// holidays
	{"Shops closed on Christmas Day.", "Christmas Day", "DATE", "2024-12-25", ""},
	{"Sales peaked at Thanksgiving 2024.", "Thanksgiving 2024", "DATE", "2024-11-28", ""},
	{"The parade marks Independence Day.", "Independence Day", "DATE", "2025-07-04", ""},
	{"They met on New Year's Eve.", "New Year's Eve", "DATE", "2024-12-31", ""},
	{"Sales will recover in next year's first quarter.", "next year's first quarter", "DATE", "2026-Q1", ""},
	{"Profit rose in the second quarter. Sales for last year's quarter were flat.", "last year's quarter", "DATE", "2024-Q2", ""},
	{"Profit rose in the first quarter. For the quarter a year ago, it lost money.", "the quarter a year ago", "DATE", "2024-Q1", ""},
	{"Net rose in the first quarter, up from the corresponding period last year.", "the corresponding period last year", "DATE", "2024-Q1", ""},
	// TimeML spans: "the" of a noun the date modifies, "within", "earlier" before a day
	{"Police are studying the Aug. 7 bombing.", "Aug. 7", "DATE", "2025-08-07", ""},
	{"Nobody forgot the 1987 crash.", "1987", "DATE", "1987", ""},
	{"Workers began the 14-day strike.", "14-day", "DURATION", "P14D", ""},
	{"He recalled the Tuesday meeting.", "Tuesday", "DATE", "2025-07-08", ""},
	{"They posted the second-quarter loss.", "second-quarter", "DATE", "2025-Q2", ""},
	{"He was born on the 4th of July, 1990.", "the 4th of July, 1990", "DATE", "1990-07-04", ""},
	{"Prices doubled in the 1990s.", "the 1990s", "DATE", "199", ""},
	{"The plan will be ready within two weeks.", "two weeks", "DURATION", "P2W", ""},
	{"Earlier Friday, the minister resigned.", "Friday", "DATE", "2025-07-11", ""},
	{"The bill passed earlier this week.", "this week", "DATE", "2025-W28", ""},
	{"The bill passed earlier this year.", "earlier this year", "DATE", "2025", "START"},
	// the quarter a business story reports on
	{"Profit rose in the first quarter. Sales in the quarter were flat.", "the quarter", "DATE", "2025-Q1", ""},
	{"For the quarter ended May 31, it earned $3 million.", "the quarter", "DATE", "2025-Q2", ""},
	{"Net rose in the second quarter. In the 2024 period, it lost money.", "the 2024 period", "DATE", "2024-Q2", ""},
	{"Net rose in the second quarter, up from the year-ago quarter.", "the year-ago quarter", "DATE", "2024-Q2", ""},
	{"Net fell from the year-earlier first quarter.", "the year-earlier first quarter", "DATE", "2024-Q1", ""},
	{"Net rose in the first quarter. Sales in the latest quarter rose.", "the latest quarter", "DATE", "2025-Q1", ""},
	{"It expects a loss in the third quarter. Sales in the quarter rose.", "the quarter", "DATE", "2025-Q2", ""},
	// anaphora to the date just mentioned; the fiscal year
	{"On May 22, 1995, he was promoted, and the following year he retired.", "the following year", "DATE", "1996", ""},
	{"The offer came in March 2024. The following month, it was rejected.", "The following month", "DATE", "2024-04", ""},
	{"Profit fell in the year ended March 31.", "the year", "DURATION", "P1Y", ""},
	{"For the year, volume was flat.", "the year", "DATE", "2025", ""},
	{"Earnings will be lower for the fiscal year.", "the fiscal year", "DATE", "2025", ""},
	{"In the fiscal year ended June 30, it lost money.", "the fiscal year", "DURATION", "P1Y", ""},
	{"The current system works well.", "current", "DATE", "PRESENT_REF", ""},
	{"Lawyers emerged from their third day-long meeting.", "day-long", "DURATION", "P1D", ""},
	{"It is a decades-long battle.", "decades-long", "DURATION", "PXY", ""},
	{"For decades, families were cut off.", "decades", "DURATION", "PXY", ""},
	{"Shares closed on Tuesday, down 4% from the previous Friday.", "the previous Friday", "DATE", "2025-07-04", ""},
	{"The index fell on Friday, July 4, and recovered the following Monday.", "the following Monday", "DATE", "2025-07-07", ""},
	{"Traders squared positions ahead of the weekend.", "the weekend", "DATE", "2025-W28-WE", ""},
	// tense: past plans, plans in the past, since, possessives, deadlines
	{"The offer had been scheduled to expire Thursday.", "Thursday", "DATE", "2025-07-10", ""},
	{"Protesters were planning to march on Monday.", "Monday", "DATE", "2025-07-14", ""},
	{"The ship has been at sea since March and was scheduled to return.", "March", "DATE", "2025-03", ""},
	{"Lawyers would look for ways to get around Wednesday's ruling.", "Wednesday", "DATE", "2025-07-09", ""},
	{"The agency extended its deadline until 9 a.m. Tuesday.", "9 a.m. Tuesday", "TIME", "2025-07-15T09:00", ""},
	{"The banks extended the loans through January.", "January", "DATE", "2026-01", ""},
	{"The court gave him until mid-August to reply.", "mid-August", "DATE", "2025-08", "MID"},
	{"He stayed until Tuesday.", "Tuesday", "DATE", "2025-07-08", ""},
	// years in words after a month or season; titles; measures
	{"January nineteen ninety-seven. Atlanta again.", "January nineteen ninety-seven", "DATE", "1997-01", ""},
	{"Prices fell to the level of the winter of nineteen ninety-four.", "the winter of nineteen ninety-four", "DATE", "1994-WI", ""},
	{"Everything changes in the year two thousand.", "the year two thousand", "DATE", "2000", ""},
	{"Baker said on ABC's \"This Week With David Brinkley\" that talks failed.", "", "", "", ""},
	{"Average daily volume was 133 million shares.", "", "", "", ""},
	// capitals
	{"TALKS WILL RESUME IN MAY", "MAY", "DATE", "2026-05", ""},
}

func TestFind(t *testing.T) {
	tg := New(Options{})
	if len(findCases) < 150 {
		t.Fatalf("%d cases; want at least 150", len(findCases))
	}
	for _, c := range findCases {
		got := tg.Find(c.text, published, true)
		checkSpans(t, c.text, got)
		if c.span == "" {
			if len(got) > 0 {
				t.Errorf("Find(%q) = %s; want no timex", c.text, show(got))
			}
			continue
		}
		var x *chronicle.Timex
		for i := range got {
			if got[i].Text == c.span {
				x = &got[i]
				break
			}
		}
		if x == nil {
			t.Errorf("Find(%q) = %s; want %q", c.text, show(got), c.span)
			continue
		}
		if x.Type != c.typ || x.Value != c.val || x.Mod != c.mod {
			t.Errorf("Find(%q): %q = %s %s %s; want %s %s %s", c.text, c.span, x.Type, x.Value, x.Mod, c.typ, c.val, c.mod)
		}
	}
}

// checkSpans verifies the span invariants through Document.Check.
func checkSpans(t *testing.T, text string, xs []chronicle.Timex) {
	t.Helper()
	doc := &chronicle.Document{Text: text, Timexes: xs}
	if err := doc.Check(); err != nil {
		t.Errorf("Find(%q): %v", text, err)
	}
	for i := 1; i < len(xs); i++ {
		if xs[i].Start < xs[i-1].End {
			t.Errorf("Find(%q): %q overlaps %q", text, xs[i].Text, xs[i-1].Text)
		}
	}
}

func show(xs []chronicle.Timex) string {
	var b strings.Builder
	b.WriteByte('[')
	for i, x := range xs {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(x.Text + "=" + x.Type + ":" + x.Value)
		if x.Mod != "" {
			b.WriteString(":" + x.Mod)
		}
	}
	b.WriteByte(']')
	return b.String()
}

func TestFindUnknownReference(t *testing.T) {
	tg := New(Options{})
	cases := []struct{ text, span, val string }{
		{"They met on Thursday.", "Thursday", "XXXX-WXX-4"},
		{"In May, they agreed.", "May", "XXXX-05"},
		{"This week, he spoke.", "This week", "XXXX-WXX"},
		{"It was signed on July 4, 2025.", "July 4, 2025", "2025-07-04"},
		{"It rose last year.", "last year", "XXXX"},
	}
	for _, c := range cases {
		got := tg.Find(c.text, time.Time{}, false)
		if len(got) != 1 || got[0].Text != c.span || got[0].Value != c.val {
			t.Errorf("Find(%q, unknown) = %s; want %s=%s", c.text, show(got), c.span, c.val)
		}
	}
}

func TestFindConcurrent(t *testing.T) {
	tg := New(Options{})
	done := make(chan []chronicle.Timex)
	text := "Rubio met Wang Yi on Thursday. Talks will take place in early August."
	for range 8 {
		go func() { done <- tg.Find(text, published, true) }()
	}
	want := show(tg.Find(text, published, true))
	for range 8 {
		if got := show(<-done); got != want {
			t.Errorf("concurrent Find(%q) = %s; want %s", text, got, want)
		}
	}
}
