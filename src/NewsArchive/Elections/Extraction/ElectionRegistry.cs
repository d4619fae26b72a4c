using NewsArchive.Language;

namespace NewsArchive.Elections.Extraction;

/// <summary>The elections one article mentions, keyed by slug, gathered sentence by sentence.</summary>
internal sealed class ElectionRegistry
{
    private sealed class Entry(ElectionKind kind, string area, int year)
    {
        public ElectionKind Kind { get; } = kind;
        public string Area { get; } = area;
        public int Year { get; } = year;
        public YearSource YearSource { get; set; } = YearSource.ArticleContext;
        public bool ReportedNow { get; set; }
        public string? ParentSlug { get; set; }
        public string? VotingSystem { get; set; }
        public List<SourceSentence> Mentions { get; } = [];
    }

    private readonly Dictionary<string, Entry> entries = new(StringComparer.Ordinal);

    public string Register(ElectionKind kind, string area, int year, YearSource source, SourceSentence? mention, string? parentSlug = null)
    {
        var slug = ElectionIdentity.SlugFor(kind, area, year);
        if (!entries.TryGetValue(slug, out var entry)) entries[slug] = entry = new Entry(kind, area, year) { YearSource = source };
        if (source < entry.YearSource) entry.YearSource = source;
        entry.ReportedNow |= source == YearSource.ReportedAsNow;
        entry.ParentSlug ??= parentSlug;
        if (mention is not null && !entry.Mentions.Contains(mention)) entry.Mentions.Add(mention);
        return slug;
    }

    public bool Contains(string slug) => entries.ContainsKey(slug);

    public IEnumerable<(string Slug, ElectionKind Kind, string Area, int Year)> All =>
        entries.Select(e => (e.Key, e.Value.Kind, e.Value.Area, e.Value.Year));

    /// <summary>The polling day the calendar holds for the election's kind, place and year, when it holds exactly one
    /// ("the London Assembly elections" of 2024 were on 2 May; 1974's two general elections leave the day open).</summary>
    // A council's election is held on the day of the year's round (London's boroughs, Scotland's and Wales's councils too).
    private static DateOnly? CalendarDay(Entry e) =>
        OnBritishPollDay(e) && (e.Kind == ElectionKind.Referendum ? ElectionCalendar.Referendums.Where(r => r.Area == e.Area).Select(r => r.Date)
                : ElectionCalendar.DatesOf(e.Kind, e.Kind == ElectionKind.Local ? "England" : e.Area))
            .Where(d => d.Year == e.Year).ToList() is [var day] ? day : null;

    private static bool OnBritishPollDay(Entry e) =>
        e.Kind is not (ElectionKind.Foreign or ElectionKind.PartyLeadership or ElectionKind.Organisation)
        && (e.Kind != ElectionKind.Referendum || e.Area is "UK" or "Scotland" or "Wales" or "Northern Ireland");

    public ElectionKind KindOf(string slug) => entries[slug].Kind;

    public int YearOf(string slug) => entries[slug].Year;

    public string AreaOf(string slug) => entries[slug].Area;

    /// <summary>The election this one is a part of (a seat's general election, a council's round), if any.</summary>
    public string? ParentOf(string slug) => entries[slug].ParentSlug;

    public YearSource YearSourceOf(string slug) => entries[slug].YearSource;

    /// <summary>Registers the same contest in another year ("down from 57 per cent in 2016").</summary>
    public string SameContestIn(string slug, int year, SourceSentence mention)
    {
        var entry = entries[slug];
        return Register(entry.Kind, entry.Area, year, YearSource.Stated, mention);
    }

    public void SetVotingSystem(string slug, string system) => entries[slug].VotingSystem ??= system;

    /// <summary>The article's elections. An election reported as happening now, or placed in the article's year
    /// because the article reports that day's results, was held on the Thursday on or before the article's date:
    /// every British poll day is a Thursday, and a report of results comes after it ("Super Thursday" 2021's races
    /// all share 6 May). An election only placed in the article's year by another race's report takes the calendar's
    /// day where it holds one ("In May's general election ...", in a report of Canada's of October 2015, was held on
    /// 7 May, not on the Thursday before the article); not a council's, whose calendar is the May round's while a
    /// council may vote on another day. Another country's election, a party's contest and a body's own vote keep only
    /// their year.</summary>
    public IReadOnlyList<Election> Build(DateOnly? published, bool reportsNow)
    {
        DateOnly? PollDate(Entry e) =>
            published is { } date && date.Year == e.Year && OnBritishPollDay(e)
            && (e.ReportedNow || (reportsNow && e.YearSource == YearSource.ArticleContext && (CalendarDay(e) is null || e.Kind == ElectionKind.Local)))
                ? ElectionIdentity.ThursdayOnOrBefore(date)
                : CalendarDay(e);

        return entries.Select(pair =>
        {
            var e = pair.Value;
            var parent = e.ParentSlug is null ? null : entries[e.ParentSlug];
            var poll = PollDate(e) ?? (parent is not null && parent.Year == e.Year ? PollDate(parent) : null);
            return new Election
            {
                Slug = pair.Key,
                Id = ElectionIdentity.Id(e.Kind, e.Area, e.Year, poll, parent?.Kind, parent?.Area),
                Name = ElectionIdentity.Name(e.Kind, e.Area, e.Year),
                Kind = e.Kind,
                Area = e.Area,
                Year = e.Year,
                YearSource = e.YearSource,
                PollDate = poll,
                ParentSlug = e.ParentSlug,
                VotingSystem = e.VotingSystem,
                Mentions = e.Mentions,
            };
        }).ToList();
    }
}
