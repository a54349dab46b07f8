-- The person (org_person.id, owned by the organization module; no foreign key across modules) a user account
-- acts as: an evaluator sees the people their authority chain gives them, a staff member their own sheet (PUB-3).
ALTER TABLE plt_user ADD COLUMN person_id BIGINT NULL;
CREATE INDEX ix_plt_user_person ON plt_user (person_id);
