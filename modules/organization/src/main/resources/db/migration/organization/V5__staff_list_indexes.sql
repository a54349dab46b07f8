-- Staff list (200,000 people): the sort columns are indexed so a page is read in index order.
CREATE INDEX ix_org_person_full_name ON org_person (full_name, id);
CREATE INDEX ix_org_person_birth_date ON org_person (birth_date, id);
CREATE INDEX ix_org_person_category_name ON org_person (category, full_name, id);
