-- Staff list sorted by unit: people of the memberships valid on a date, read in unit order.
CREATE INDEX ix_org_membership_kind_unit ON org_membership (kind, unit_id, person_id, valid_from, valid_to);
