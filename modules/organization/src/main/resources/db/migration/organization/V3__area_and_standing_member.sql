-- ORG-1: units of the same ward (Party Committee, People's Committee, Front, mass organisations)
-- share an area code, so the rules can find "the ward Party secretary" of any ward body (PRO-9).
ALTER TABLE org_unit ADD COLUMN area_code VARCHAR(32) NULL AFTER focal_unit_id;
CREATE INDEX ix_org_unit_area ON org_unit (area_code);

-- PRO-9 line 1: Ủy viên Ban Thường vụ Quận ủy are evaluated by the Standing Board collectively.
ALTER TABLE org_person ADD COLUMN district_standing_member BOOLEAN NOT NULL DEFAULT FALSE
    AFTER standing_committee_managed;
