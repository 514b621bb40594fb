-- Only the first report of a merged event keeps lookup keys: later
-- reports are compared with first reports only (storerows.EventRow.Keyed).
DELETE FROM event_keys WHERE (article_id, event_idx) IN (
	SELECT article_id, idx FROM events WHERE merged <> article_id || '/' || idx);
