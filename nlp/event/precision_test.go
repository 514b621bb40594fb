package event

import (
	"strings"
	"testing"
)

// TestNotEvents lists sentences read in news articles that name no
// political act, or whose act belongs to nobody the sentence names; each
// was coded as one before the mechanism named in its comment.
func TestNotEvents(t *testing.T) {
	tests := []struct{ text, why string }{
		{"The London exchange is also holding talks with Deutsche Boerse.", "a country modifying a business does not act"},
		{"Mr Howard declined to say what form the statement should take.", "declining to comment is no rejection"},
		{"Stephanie McCrummen had seen him at a rally in June.", "a scene is no act of the subject"},
		{"Donald Trump spoke about “wounded American families” in Ohio.", "an attributive participle is an adjective"},
		{"Germany must now demonstrate why the purchase creates more value.", "demonstrate why is showing"},
		{"Parents sent a letter to the NAACP board urging them to reconsider.", "a participle after the object shares the verb's subject"},
		{"Liam Fox said the Conservative Party offered a clear choice on the issue.", "offering a thing to nobody named is no cooperation"},
		{"Melanie said she felt better several months after her release.", "the possessor of a release is released"},
		{"Charles Clarke said he recognised people's concerns about the costume.", "recognition needs somebody recognised"},
		{"If Donald Trump's plan rejected single mothers, black families would be affected.", "a plan acts for nobody"},
		{"He claims the British asylum system is being abused.", "abuse needs somebody abused"},
		{"Rodrigo Rato is expected to present his conclusions at an IMF meeting in Washington.", "a scene is no act of the subject"},
		{"Hillary Clinton spoke during the DNC meeting in Philadelphia.", "a scene is no act of the subject"},
		{"Ministers insist they are proportionate to the terror threat.", "a threat needs a possessor or an agent of its own"},
		{"North Korea is considered a threat to U.S. troops in South Korea and Japan.", "a threat needs a possessor or an agent of its own"},
		{"The new gambling bill going through Westminster will allow casino complexes to open.", "a bill is a thing heading the subject, not the place after it"},
		{"A contentious visa program that allows wealthy foreigners to obtain United States citizenship will expire.", "a program is a thing heading the subject"},
		{"Several judges handling lawsuits seeking information about Hillary Clinton's tenure cited the election.", "lawsuits are a thing heading the participle's subject"},
		{"Titan, a California-based company, pleaded guilty to violating US anti-bribery laws.", "pleading guilty is a sense listed as no event"},
		{"The Reserve Bank of Australia lifted interest rates 0.25% to 5.5%.", "lifting rates is a sense listed as no event"},
		{"Altria's Philip Morris now accepts that nicotine is harmful.", "accepting that is acknowledging, a sense listed as no event"},
		{"Tony Blair has been the staunchest backer of Turkish accession, provided it sticks with reform.", "provided before a subject is a conjunction"},
		{"The Duchy of Cornwall provides Prince Charles' annual income.", "providing income is a sense listed as no event"},
		{"Most of the terror suspects are detained at Belmarsh Prison in London.", "a present passive describes a state: the place is no authority"},
		{"Mr. Quiros was accused of using $50 million for a condominium at Trump Place in New York.", "a place inside the passive's complement is no authority"},
		{"Bryant Rousseau and Caryn Wilson contributed reporting.", "contributing reporting is a sense listed as no event"},
		{"In 2009, the United Nations came under withering criticism for its failure to speak out on Sri Lanka.", "the subject of 'came under' is the target: only a source after from/by acts"},
		{"Suu Kyi has faced sharp criticism for failing to address violence against the Rohingya Muslim minority.", "the subject of 'faced' is the target: only a source after from/by acts"},
		{"Suggestions that outsourcing to low-cost countries like India or South Africa is to blame are wrong, Ms Diemont says.", "'is to blame' blames nobody; countries after 'like' are no subject"},
		{"Sales in Ireland were declining before the ban.", "decline without an object or infinitive is no refusal"},
		{"Titan pleaded guilty to violating US anti-bribery laws.", "violating laws is a sense listed as no event"},
		{"The star witness is Mr Sullivan, one of six WorldCom executives indicted in the case.", "a reduced relative is a passive: its noun receives, and nobody named indicts"},
		{"A US defence and telecommunications company has agreed to pay $28.5m after admitting bribery in Benin.", "a country modifying coordinated common nouns names a business"},
		{"Philip Morris said it has met many of the government's demands.", "a common-noun possessor acts, not the verb's subject"},
		{"Mr Ebbers denied the allegations.", "the subject of a response verb responds to the act its object names"},
		{"Italy and Germany also favour an early start to talks.", "the subject of a response verb responds to the act its object names"},
		{"Mr Blair is an enthusiastic proponent of talks to bring Turkey within the EU.", "a copula's subject does not do the act its complement names"},
		{"Several judges cited the election as a reason to speed release of records held by the State Department.", "a release of things befalls nobody"},
		{"He is also being investigated over the visa application of Mrs Quinn's ex-nanny.", "an agentless passive still under way names no authority, and a person is none"},
		{"The chairman of the Bar Council, Guy Mansfield QC has warned there is a real risk.", "a comma without 'and' is an apposition, not a second actor"},
		{"Critics say the organisation, which adheres strictly to Catholic teachings, is secretive but its members reject such claims.", "a subject 'its members' names nobody here; the group in the relative clause is no subject"},
		{"In a report for the think tank, Jimmy Carter says a nuclear terrorist attack is the main danger.", "a nominal heading its own clause is no object of the verb before"},
		{"Clarke to press on with ID cards", "'press on' is continuing, a sense listed as no event"},
		{"Mr Ebbers' lawyer Reid Weingarten asked Mr Sullivan: \"Are you willing to lie?\"", "asking without 'to' or 'for' is a question, no request"},
		{"The IMF said that, according to data provided by the Liberians, the country's GDP rose by 2%.", "providing data is a sense listed as no event"},
		{"The IMF had warned that the Brexit vote could depress growth in Britain for years.", "a warning of what could happen is a forecast, no threat"},
		{"Mr Sullivan said he repeatedly warned Mr Ebbers that falsifying the books would be the only way.", "a warning of what is the case is no threat"},
		{"On July 6, 2011, the two countries signed an agreement to allow Mexican trucks to operate in the United States.", "what a thing permits is no concession by anyone"},
		{"On Thursday, Lord Bingham said the rules were incompatible with the convention as they allowed detentions.", "'they' after a plural subject noun is not the speaker"},
		{"And many in France would prefer Turkey to admit that World War I-era killing of Armenians constituted genocide.", "a gerund heading its own clause has no governing verb"},
		{"He said the United States will take other measures to demonstrate to North Korea that there are consequences.", "demonstrating to someone that is showing"},
		{"Clinton stressed her support of the 2011 raid that killed Osama bin Laden.", "the subject of a relative clause is its antecedent, here a thing"},
		{"Japan branded North Korea an \"outlaw nation in the neighborhood.\"", "a verb tag after a determiner is a noun"},
		{"Ban Ki-moon established a policy urging employees to report violations.", "a policy heading a participle urges nobody"},
		{"In Yemen, a military coalition led by Saudi Arabia and backed by the West is implicated in the bombing of schools.", "a participle with a by-agent is a passive; the place before is no agent"},
		{"Suu Kyi established a commission, overseen by Kofi Annan, to make recommendations on the ethnic clashes.", "a nominal after a topic preposition is no act of the verb's subject"},
		{"Peacekeepers were accused of failure to prevent a massacre in South Sudan.", "a prevented act has no actor in the subject of prevent"},
		{"\"If you throw obstacles at the relationship with Mexico, you would be shooting yourself in the foot,\" Mr. Guajardo told me.", "a first- or second-person reflexive object names no act of anyone"},
		{"The question was whether the folks who flooded his rallies would show up at the caucuses.", "a candidate's rally is a campaign meeting, no protest"},
		{"Protesters were ejected from a Trump rally in Chicago.", "a candidate's rally is a campaign meeting, no protest"},
		{"More importantly, his campaign shelled out to broadcast a short film on Univision.", "'shell out' is paying, a sense listed as no event"},
		{"For her stature she has to seize this moment to flesh out a real foreign policy strategy.", "seizing a moment is a sense listed as no event"},
		{"Jimmy Carter lent his ear to deregulation advocates.", "lending an ear is a sense listed as no event"},
		{"The State Department released more than 1,100 additional pages of Hillary Clinton's emails Friday night.", "releasing papers is a sense listed as no event, past 'more than'"},
		{"Nonetheless, he sought to reassure his investors.", "seeking to do is trying, no request"},
		{"Bill survived all the insane political fighting in Washington.", "political fighting is a sense listed as no event"},
		{"\"Paul's knowledge is about 20 years old,\" said a longtime adviser to Trump, who declined to be identified.", "declining to be named is declining to comment"},
		{"He spoke in Las Vegas at a forum hosted by the advocacy group Fair Immigration Reform Movement.", "hosting a forum is a sense listed as no event"},
		{"LGBT Republicans are looking forward to an exceptionally welcoming scene in Cleveland.", "an attributive participle after an adverb is an adjective"},
		{"The U.S. diplomatic security personnel also alerted the base and the U.S. Embassy in Tripoli.", "alerting is mobilising only with troops as object"},
		{"\"I met a lot of Bernie supporters, and I liked them,\" he said.", "a person's supporters are not the person"},
		{"Brown ally rejects Budget spree", "a person's ally is not the person"},
		{"Bob said he arrived in Benghazi as base chief in December 2011.", "arriving as a role is taking up a post, no visit"},
		{"Ocasio-Cortez arrived in Congress in January.", "arriving in an organisation is taking up a post, no visit"},
		{"Trump's march toward Election Day continued.", "a march toward a date or a goal is progress, no protest"},
		{"Clinton's steady march to the nomination worried Sanders.", "a march toward a date or a goal is progress, no protest"},
		{"\"Cruz's victory should give him momentum,\" said Stu Rothenberg.", "'should' after a possessed thing is a forecast, no demand"},
		{"Captain Khan, killed 12 years ago, was a hero.", "a participle in an apposition is a passive: the name receives"},
		{"I haven't heard him say one word that I don't agree with.", "agreeing with a thing said, the preposition stranded, is no agreement with anybody"},
		{"The tensions seem to be mirrored by clashes between journalists and Mr. Trump's entourage.", "a person's entourage is not the person"},
		{"The police will look for anyone who attacks tourists.", "a relative clause on an indefinite pronoun names nobody; 'attacks' after 'who' is a verb"},
		{"A judge ordered the State Department to make monthly releases of the Clinton emails.", "a release of things befalls nobody, a name modifying them either"},
		{"Michael Howard has denied his shadow cabinet was split over its decision to back controversial Labour plans to introduce ID cards.", "an infinitive after a noun possessed by 'its' has no actor named here, not the denier"},
		{"The firm is Italy's largest private employer, and a failure to reach an agreement could have had severe consequences.", "an infinitive after a noun opening its clause has no actor"},
		{"Lord Falconer said it was fair to criticise the late timing of the offer.", "an infinitive after 'it is fair' has nobody named as subject"},
		{"Consumer spending fuelled France's economic growth and analysts expect that it will continue to support the economy.", "a subject 'it' stands for no person and no possessor before it"},
		{"But Fiat's heavy losses have convinced GM to back away.", "'back away' is withdrawing, a sense listed as no event"},
		{"For its part, GM was keen to ward off any criticism that the deal had been a mistake.", "the subject of 'ward off' responds to the criticism its object names"},
		{"Many of the international stars like David Beckham had the press opposing them.", "after 'had' and its object the object, unnamed, acts"},
		{"Ministers have been accused of panic amid chaotic scenes in the House of Commons on Tuesday.", "an organisation is no place giving an agentless passive its authority"},
		{"They have agreed to keep to a site on the other side of the River Tyne.", "a river names no party"},
		{"UK helps raped Rwandan women", "a participle right after a full verb modifies its object"},
		{"The minister came from Syria to Lebanon to apologise.", "the object of a preposition before an infinitive is not its subject"},
		{"My background is similar to Freddie's so I am persuaded to agree with many of his sentiments.", "a first-person subject outside a quote is the writer, no name before it"},
		{"There are suggestions he is set to announce lifting the threshold on income tax.", "lifting a threshold is a sense listed as no event"},
		{"Tesco lifted its profit forecast and its dividend.", "lifting a forecast is a sense listed as no event"},
		{"On Tuesday, traders said that both South Korea and Taiwan had withdrawn their bids to buy dollars.", "withdrawing a bid is a sense listed as no event"},
		{"Alan Milburn has shared a platform with Gordon Brown.", "sharing a platform is a sense listed as no event"},
		{"Labour seeks to quell feud talk", "feud talk is gossip, a sense listed as no event"},
		{"The pay-off means Fiat will keep supplying engines and the money will allow it to reduce its debt.", "allowing needs somebody allowed"},
	}
	a := New(Options{})
	for _, tt := range tests {
		if got := eventLines(t, a, tt.text); len(got) > 0 {
			t.Errorf("Annotate(%q) events = %s; want none (%s)", tt.text, strings.Join(got, "; "), tt.why)
		}
	}
}

func TestNamesNoActor(t *testing.T) {
	tests := []struct {
		name string
		want bool
	}{
		{"New Year", true}, {"Christmas", true}, {"Article 21", true}, {"UN Charter", true},
		{"River Tyne", true}, {"Millennium Bridge", true}, {"Lake Victoria", true}, {"Gulf Cooperation Council", false},
		{"Parliament", false}, {"Home Office", false}, {"Year Zero Liberation Army of the South", false},
	}
	for _, tt := range tests {
		if got := namesNoActor(tt.name); got != tt.want {
			t.Errorf("namesNoActor(%q) = %v; want %v", tt.name, got, tt.want)
		}
	}
}
