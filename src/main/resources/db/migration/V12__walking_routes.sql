-- Walking routes from an OpenStreetMap extract (issue 16): computed once per graph version and pair.
CREATE TABLE walking_route (
    graph_version  TEXT    NOT NULL,
    home_lat_e6    INTEGER NOT NULL,
    home_lon_e6    INTEGER NOT NULL,
    school_number  TEXT    NOT NULL,
    school_lat_e6  INTEGER NOT NULL,
    school_lon_e6  INTEGER NOT NULL,
    status         TEXT    NOT NULL,
    metres         INTEGER NOT NULL,
    stored_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (graph_version, home_lat_e6, home_lon_e6, school_number, school_lat_e6, school_lon_e6)
);

-- Which measure the plan's way to school is (LUFTLINIE or FUSSWEG), and the straight line beside it.
ALTER TABLE placement ADD COLUMN distance_measure TEXT NOT NULL DEFAULT 'LUFTLINIE';
ALTER TABLE placement ADD COLUMN straight_metres INTEGER;
