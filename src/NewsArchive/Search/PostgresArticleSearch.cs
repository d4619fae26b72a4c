namespace NewsArchive.Search;

/// <summary>
/// Full-text search's tables and query on PostgreSQL (see <see cref="ArticleSearch"/> for the ranking rule).
/// <para>
/// The weighted tsvectors ("ArticleSearchWords") are split by publication order into chunks, the newest
/// <see cref="FirstChunk"/> articles first and each older chunk twice the size of the one before, each with
/// its own GIN index. A query's newest matches are read chunk by chunk, newest first, until the window is
/// full (<c>"NewestMatches"</c>), and each match is ranked where it is found. Before, one GIN index over the
/// whole archive gave every match of a common word ("housing": 37,771 at 100,000 articles), whose rows were
/// all read to sort them by date and keep 1,000; and the 1,000 ranked had their tsvector read again, out of
/// line, from a second table. Now a common word fills the window from the first chunk or two, and a rare one
/// costs a few small GIN probes: the cost follows the window, not the archive.
/// </para>
/// </summary>
public static class PostgresArticleSearch
{
    /// <summary>Articles in the newest chunk; each older chunk holds twice as many, so an archive of n
    /// articles has about log2(n / FirstChunk) + 1 chunks.</summary>
    public const int FirstChunk = 2500;

    // "ArticleSearch" keeps what the shown rows need (the body, for the snippet); the tsvectors live only in
    // the chunks, where they are matched and ranked. STORAGE MAIN keeps each in its row: a tsvector with
    // positions hardly compresses, and by default four in ten (over 2 kB with the row) went out of line, to
    // be read through the TOAST index: the newest chunk's scan for "housing" read 3,939 buffers, 615 in the row.
    public const string CreateTables = """
        CREATE TABLE "ArticleSearch" ("ArticleId" integer PRIMARY KEY, "SearchOrder" integer NOT NULL, "Body" text NOT NULL);
        CREATE UNIQUE INDEX "IX_ArticleSearch_SearchOrder" ON "ArticleSearch" ("SearchOrder");
        CREATE TABLE "ArticleSearchWords" ("SearchOrder" integer NOT NULL, "ArticleId" integer NOT NULL, "Document" tsvector NOT NULL) PARTITION BY RANGE ("SearchOrder");
        ALTER TABLE "ArticleSearchWords" ALTER COLUMN "Document" SET STORAGE MAIN;
        """ + ChunkFunction + NewestMatchesFunction;

    public static readonly string Fill = $"""
        INSERT INTO "ArticleSearch" ("ArticleId", "SearchOrder", "Body")
        SELECT a."Id", row_number() OVER (ORDER BY a."PublishedOn" IS NOT NULL, a."PublishedOn", a."Id"), b.body
        FROM "Articles" a
        JOIN (SELECT "ArticleId", string_agg("Text", E'\n' ORDER BY "Position") AS body FROM "Paragraphs" GROUP BY "ArticleId") b ON b."ArticleId" = a."Id";
        ANALYZE "ArticleSearch";
        SELECT "ChunkArticleSearchWords"({FirstChunk});
        """;

    /// <summary>(Re)builds the chunks from "ArticleSearch", the newest <c>first</c> articles in chunk 0. Run by
    /// the fill; a test runs it again with a small first chunk, so a few articles span several chunks.</summary>
    private const string ChunkFunction = """
        CREATE FUNCTION "ChunkArticleSearchWords"(first integer) RETURNS void LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
        DECLARE
          old text;
          upper integer := (SELECT coalesce(max("SearchOrder"), 0) + 1 FROM "ArticleSearch");
          size integer := first;
          k integer := 0;
        BEGIN
          FOR old IN SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = '"ArticleSearchWords"'::regclass LOOP
            EXECUTE format('DROP TABLE %I', old);
          END LOOP;
          LOOP
            IF upper - size <= 1 THEN
              EXECUTE format('CREATE TABLE %I PARTITION OF "ArticleSearchWords" FOR VALUES FROM (MINVALUE) TO (%s)', 'ArticleSearchWords' || k, upper);
              EXIT;
            END IF;
            EXECUTE format('CREATE TABLE %I PARTITION OF "ArticleSearchWords" FOR VALUES FROM (%s) TO (%s)', 'ArticleSearchWords' || k, upper - size, upper);
            upper := upper - size;
            size := size * 2;
            k := k + 1;
          END LOOP;
          INSERT INTO "ArticleSearchWords" ("SearchOrder", "ArticleId", "Document")
          SELECT s."SearchOrder", s."ArticleId", setweight(to_tsvector('simple', public.unaccent(a."Headline")), 'A') || setweight(to_tsvector('simple', public.unaccent(s."Body")), 'B')
          FROM "ArticleSearch" s JOIN "Articles" a ON a."Id" = s."ArticleId"
          ORDER BY s."SearchOrder";
          -- Built once the rows are in (faster than filling indexed tables); a rebuild's new chunks get them as they are made.
          CREATE INDEX IF NOT EXISTS "IX_ArticleSearchWords_Document" ON "ArticleSearchWords" USING gin ("Document");
          CREATE UNIQUE INDEX IF NOT EXISTS "IX_ArticleSearchWords_SearchOrder" ON "ArticleSearchWords" ("SearchOrder");
          ANALYZE "ArticleSearchWords";
        END $$;
        """;

    /// <summary>The n newest matches of q (their articles) with their relevance, newest first, read chunk by chunk. Each chunk's
    /// statement is planned with q known (dynamic SQL), so PostgreSQL picks by the words' frequency between
    /// walking the chunk backwards (common words) and its GIN index (rare ones).</summary>
    private const string NewestMatchesFunction = """
        CREATE FUNCTION "NewestMatches"(q tsquery, n integer) RETURNS TABLE ("ArticleId" integer, "Relevance" real)
        LANGUAGE plpgsql STABLE SET search_path FROM CURRENT AS $$
        DECLARE
          k integer := 0;
          found bigint := 0;
          got bigint;
        BEGIN
          WHILE found < n AND to_regclass(format('%I', 'ArticleSearchWords' || k)) IS NOT NULL LOOP
            RETURN QUERY EXECUTE format('SELECT "ArticleId", ts_rank("Document", $1) FROM %I WHERE "Document" @@ $1 ORDER BY "SearchOrder" DESC LIMIT $2', 'ArticleSearchWords' || k)
              USING q, n - found;
            GET DIAGNOSTICS got = ROW_COUNT;
            found := found + got;
            k := k + 1;
          END LOOP;
        END $$;
        """;

    /// <summary>One statement: the window's newest matches, ranked as found; then the shown rows' snippets.</summary>
    public static readonly string Query = $"""
        SELECT a."Slug", a."Headline", a."PublishedOn",
               ts_headline('simple', s."Body", r.q, 'StartSel=' || chr({(int)ArticleSearch.MatchStart}) || ', StopSel=' || chr({(int)ArticleSearch.MatchEnd}) || ', MaxWords=24, MinWords=12, MaxFragments=1, FragmentDelimiter=…')
        FROM (SELECT n."ArticleId", n."Relevance", q
              FROM to_tsquery('simple', public.unaccent($1)) q
              CROSS JOIN LATERAL "NewestMatches"(q, $3) n
              ORDER BY n."Relevance" DESC, n."ArticleId" LIMIT $2) r
        JOIN "ArticleSearch" s ON s."ArticleId" = r."ArticleId"
        JOIN "Articles" a ON a."Id" = s."ArticleId"
        ORDER BY r."Relevance" DESC, a."Id"
        """;
}
