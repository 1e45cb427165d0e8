-- What the admitting school's administration software (SVWS-Server) needs besides the planning's data:
-- optional input columns Staatsangehörigkeit, Geburtsland, Zuzugsjahr, Hausnummer (docs/input-format.md).
ALTER TABLE pupil ADD COLUMN nationality   VARCHAR(3);
ALTER TABLE pupil ADD COLUMN birth_country VARCHAR(3);
ALTER TABLE pupil ADD COLUMN arrival_year  SMALLINT;
ALTER TABLE pupil ADD COLUMN house_number  VARCHAR(20);
