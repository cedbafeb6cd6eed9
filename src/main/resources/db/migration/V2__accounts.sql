-- Accounts and teams (org.locus.account). An assessment's team column names a team here.

create table team (
    id         varchar(100)             primary key,
    name       varchar(200)             not null,
    created_at timestamp with time zone not null
);

create table account (
    id              uuid primary key,
    username        varchar(100)             not null unique,
    -- Spring Security's DelegatingPasswordEncoder format, {bcrypt}...: the algorithm travels with the hash
    password_hash   varchar(500)             not null,
    team            varchar(100)             not null references team (id),
    role            varchar(20)              not null,
    -- true for a password that someone else chose (the first admin's printed one-time password)
    must_change     boolean                  not null,
    failed_logins   integer                  not null,
    locked_until    timestamp with time zone,
    created_at      timestamp with time zone not null
);
create index account_by_team on account (team);
