CREATE TABLE "comment_status_counts" (
	"status" "comment_status" NOT NULL,
	"shard" smallint NOT NULL,
	"count" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "comment_status_counts_status_shard_pk" PRIMARY KEY("status","shard")
);
