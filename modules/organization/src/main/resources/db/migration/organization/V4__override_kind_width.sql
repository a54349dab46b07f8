-- "QUARTERLY_PROFESSIONALISM" (25 characters) did not fit the evaluation kind column of V2.
ALTER TABLE org_authority_override MODIFY evaluation_kind VARCHAR(32) NOT NULL;
