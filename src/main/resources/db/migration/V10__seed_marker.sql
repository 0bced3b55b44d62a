-- What Ringflow has seeded once (demo data), so it is not seeded again after users delete it.
create table seed_marker (
    name      varchar(100) primary key,
    seeded_at timestamp with time zone not null
);
