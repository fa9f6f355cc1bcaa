-- How many pages or articles of the source could not be read when the issue was loaded (e-paper
-- sites). A day whose issue is missing parts is fetched again, and a complete copy replaces it.
ALTER TABLE issues ADD COLUMN parts_missing INTEGER NOT NULL DEFAULT 0;
