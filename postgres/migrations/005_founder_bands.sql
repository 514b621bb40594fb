-- Only the first document of a near-duplicate group keeps band keys: new
-- articles are compared with groups' first documents only.
DELETE FROM article_bands WHERE article_id IN (SELECT id FROM articles WHERE grp <> id);
