-- Progress of a quarter's rulings run for the progress bar: the id of the last sheet of the last committed chunk
-- (the batch runtime publishes its step metrics only when the step ends). Reset to 0 when a new run starts; a
-- restart continues from it.
ALTER TABLE eva_quarter ADD COLUMN run_last_sheet_id BIGINT NOT NULL DEFAULT 0;
