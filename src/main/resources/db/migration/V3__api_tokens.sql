-- Per-user API tokens (org.locus.account.ApiTokens). Only a token's SHA-256 is kept; revoking deletes the row, and
-- every request looks its token up, so a revoked token stops working at once on every instance.
create table api_token (
    id         uuid primary key,
    account_id uuid                     not null references account (id) on delete cascade,
    name       varchar(100)             not null,
    token_hash varchar(64)              not null unique,
    created_at timestamp with time zone not null
);
create index api_token_by_account on api_token (account_id);
