using NewsArchive.Elections;
using NewsArchive.Import;

using NewsArchive.Elections.Extraction;
using NewsArchive.Language;
using NewsArchive.People.Extraction;

namespace NewsArchive.Tests.Elections;

/// <summary>The seed articles, as the issue asks: every election and figure they must yield.
/// People come from <see cref="TestPeople"/>, a fixture standing in for the person extractor.</summary>
public class SeedElectionTests
{
    private static readonly string[] Names =
    [
        "Sadiq Khan", "Shaun Bailey", "Zac Goldsmith", "Sian Berry", "Luisa Porritt", "Laurence Fox", "Count Binface",
        "Piers Corbyn", "Jill Mortimer", "Ben Houchen", "Andy Burnham", "Dan Norris", "Samuel Williams",
        "Alexander Burnett", "Fergus Mutch", "Nicola Sturgeon", "Boris Johnson", "Keir Starmer", "Angela Rayner",
        "Mark Drakeford", "Len Duvall", "John Curtice", "Rachel Reeves", "John McDonnell", "George Eustice",
    ];

    private static readonly ElectionExtraction General = Read("000_0cda64ff4aa34fdb.txt", new DateOnly(2024, 7, 5));
    private static readonly ElectionExtraction Night = Read("001_2e748b55bad02f1f.txt", new DateOnly(2021, 5, 8));
    private static readonly ElectionExtraction Mail = Read("002_a5dc326ad9692c23.txt", new DateOnly(2021, 5, 8));

    private static ElectionExtraction Read(string file, DateOnly? published)
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "NewsArchive.sln"))) folder = folder.Parent;
        Assert.NotNull(folder);
        var paragraphs = ArticleParser.Parse(File.ReadAllText(Path.Combine(folder.FullName, "seeds", file))).Paragraphs.Select(p => p.Text).ToList();
        return ElectionExtractor.Extract(paragraphs, TestPeople.Find(paragraphs, Names), published);
    }

    private static ElectionFigure Figure(ElectionExtraction result, string slug, FigureKind kind, string? candidate, decimal value) =>
        Assert.Single(result.Figures, f => f.ElectionSlug == slug && f.Kind == kind && f.Candidate == candidate && f.Value.Value == value);

    private static Candidacy Candidate(ElectionExtraction result, string slug, string candidate) =>
        Assert.Single(result.Candidacies, c => c.ElectionSlug == slug && c.Candidate == candidate);

    [Fact]
    public void The_2024_general_election_is_a_Labour_landslide_measured_against_2019_and_1935()
    {
        var election = Assert.Single(General.Elections, e => e.Year == 2024);
        Assert.Equal(("uk-general-election-2024", "parl.2024-07-04", ElectionKind.General), (election.Slug, election.Id, election.Kind));
        Assert.Equal(["uk-general-election-1935", "uk-general-election-2019", "uk-general-election-2024"], General.Elections.Select(e => e.Slug).Order());
        Assert.Contains("landslide result", election.Mentions[0].Sentence);
        var labour = Assert.Single(General.Candidacies);
        Assert.Equal(("Labour", Outcome.Elected), (labour.Party, labour.Outcome));
    }

    [Fact]
    public void London_2021_Khan_elected_after_second_preferences_with_his_majority()
    {
        var london = Assert.Single(Mail.Elections, e => e.Slug == "london-mayor-2021");
        Assert.Equal(("mayor.london.2021-05-06", "supplementary vote"), (london.Id, london.VotingSystem));
        Assert.Equal((Outcome.Elected, "Labour"), (Candidate(Mail, "london-mayor-2021", "Sadiq Khan").Outcome, Candidate(Mail, "london-mayor-2021", "Sadiq Khan").Party));
        Assert.Equal((Outcome.Defeated, "Conservative"), (Candidate(Night, "london-mayor-2021", "Shaun Bailey").Outcome, Candidate(Night, "london-mayor-2021", "Shaun Bailey").Party));

        Assert.Equal(CountRound.Final, Figure(Night, "london-mayor-2021", FigureKind.Votes, "Sadiq Khan", 1206034).Round);
        Assert.Equal(CountRound.Final, Figure(Night, "london-mayor-2021", FigureKind.Votes, "Shaun Bailey", 977601).Round);
        Assert.Equal("977, 601", Figure(Mail, "london-mayor-2021", FigureKind.Votes, "Shaun Bailey", 977601).Value.Text);
        Figure(Mail, "london-mayor-2021", FigureKind.Votes, "Sadiq Khan", 1206034);
        Figure(Mail, "london-mayor-2021", FigureKind.Majority, "Sadiq Khan", 228433);
        Assert.Equal(CountRound.Final, Figure(Mail, "london-mayor-2021", FigureKind.Share, "Sadiq Khan", 55).Round);
    }

    [Fact]
    public void London_2021_first_preferences_from_both_articles_are_kept_with_their_sources()
    {
        var khanOvernight = Figure(Night, "london-mayor-2021", FigureKind.Share, "Sadiq Khan", 39);
        var baileyOvernight = Figure(Night, "london-mayor-2021", FigureKind.Share, "Shaun Bailey", 37);
        var khanFinal = Figure(Mail, "london-mayor-2021", FigureKind.Share, "Sadiq Khan", 40);
        var baileyFinal = Figure(Mail, "london-mayor-2021", FigureKind.Share, "Shaun Bailey", 35.3m);

        Assert.All([khanOvernight, baileyOvernight, khanFinal, baileyFinal], f => Assert.Equal(CountRound.FirstPreferences, f.Round));
        Assert.Contains("overnight tally", khanOvernight.Source.Sentence);
        Assert.Equal(Bound.Approximate, khanFinal.Value.Bound);
        Assert.Equal("Shaun Bailey came second with 35.3 per cent of the votes.", baileyFinal.Source.Sentence);
    }

    [Fact]
    public void London_2021_other_candidates_the_articles_name()
    {
        Assert.Equal((Outcome.Defeated, "Green Party"), (Candidate(Mail, "london-mayor-2021", "Sian Berry").Outcome, Candidate(Mail, "london-mayor-2021", "Sian Berry").Party));
        Assert.Equal("Liberal Democrats", Candidate(Mail, "london-mayor-2021", "Luisa Porritt").Party);
        Candidate(Mail, "london-mayor-2021", "Count Binface");
        Candidate(Mail, "london-mayor-2021", "Piers Corbyn");
        Assert.DoesNotContain(Mail.Candidacies, c => c.Candidate is "Boris Johnson" or "Keir Starmer" or "Nicola Sturgeon" or "Angela Rayner");
    }

    [Fact]
    public void London_2016_Khan_57_per_cent_in_the_final_count_beating_Goldsmith()
    {
        Assert.Equal(CountRound.Final, Figure(Mail, "london-mayor-2016", FigureKind.Share, "Sadiq Khan", 57).Round);
        Assert.Equal((Outcome.Defeated, "Conservative"), (Candidate(Mail, "london-mayor-2016", "Zac Goldsmith").Outcome, Candidate(Mail, "london-mayor-2016", "Zac Goldsmith").Party));
        Assert.Equal(Outcome.Elected, Candidate(Night, "london-mayor-2016", "Sadiq Khan").Outcome);
        Assert.Equal(YearSource.Stated, Assert.Single(Night.Elections, e => e.Slug == "london-mayor-2016").YearSource);
    }

    [Fact]
    public void Hartlepool_2021_Mortimer_elected_with_a_majority_of_almost_7000()
    {
        Assert.Contains(Night.Elections, e => e.Slug == "hartlepool-by-election-2021" && e.Kind == ElectionKind.ByElection);
        var majority = Figure(Mail, "hartlepool-by-election-2021", FigureKind.Majority, "Jill Mortimer", 7000);
        Assert.Equal(Bound.Approximate, majority.Value.Bound);
        Assert.Equal(Outcome.Elected, Candidate(Mail, "hartlepool-by-election-2021", "Jill Mortimer").Outcome);
    }

    [Fact]
    public void Mayors_of_Tees_Valley_Greater_Manchester_and_the_West_of_England_2021()
    {
        Assert.Equal("Conservative", Figure(Mail, "tees-valley-mayor-2021", FigureKind.Share, "Ben Houchen", 73).Party);
        Assert.Equal(Outcome.Elected, Candidate(Mail, "tees-valley-mayor-2021", "Ben Houchen").Outcome);

        Assert.Equal(Bound.MoreThan, Figure(Mail, "greater-manchester-mayor-2021", FigureKind.Majority, "Andy Burnham", 300000).Value.Bound);
        Assert.Equal(Outcome.Elected, Candidate(Mail, "greater-manchester-mayor-2021", "Andy Burnham").Outcome);

        Assert.Equal(Outcome.Elected, Candidate(Mail, "west-of-england-mayor-2021", "Dan Norris").Outcome);
        Assert.Equal((Outcome.Defeated, "Conservative"), (Candidate(Mail, "west-of-england-mayor-2021", "Samuel Williams").Outcome, Candidate(Mail, "west-of-england-mayor-2021", "Samuel Williams").Party));
    }

    [Fact]
    public void Senedd_and_Scottish_Parliament_2021_and_Aberdeenshire_West()
    {
        var senedd = Assert.Single(Mail.Elections, e => e.Slug == "senedd-2021");
        Assert.Equal(("Wales", ElectionKind.DevolvedParliament), (senedd.Area, senedd.Kind));
        var seats = Assert.Single(Mail.Figures, f => f.ElectionSlug == "senedd-2021" && f.Kind == FigureKind.Seats);
        Assert.Equal(("Labour", 30m, 60), (seats.Party, seats.Value.Value, seats.OutOf));

        var scotland = Assert.Single(Mail.Elections, e => e.Slug == "scottish-parliament-2021");
        Assert.Equal(("Scotland", "sp.2021-05-06"), (scotland.Area, scotland.Id));

        var seat = Assert.Single(Mail.Elections, e => e.Slug == "aberdeenshire-west-2021");
        Assert.Equal((ElectionKind.Constituency, "scottish-parliament-2021"), (seat.Kind, seat.ParentSlug));
        Assert.Equal("Conservative", Figure(Mail, "aberdeenshire-west-2021", FigureKind.Votes, "Alexander Burnett", 19709).Party);
        Assert.Equal("SNP", Figure(Mail, "aberdeenshire-west-2021", FigureKind.Votes, "Fergus Mutch", 16319).Party);
        Assert.Equal(Outcome.Elected, Candidate(Mail, "aberdeenshire-west-2021", "Alexander Burnett").Outcome);
        Assert.Equal(Outcome.Defeated, Candidate(Mail, "aberdeenshire-west-2021", "Fergus Mutch").Outcome);
    }

    [Fact]
    public void Polls_and_thresholds_are_left_out_with_reasons_and_the_running_total_is_kept_as_a_tally()
    {
        Assert.Equal(
            [LeftOutReason.OpinionPoll, LeftOutReason.Threshold, LeftOutReason.Threshold],
            Mail.LeftOut.Select(l => l.Reason).Order());
        var tally = Mail.Figures.Where(f => f.Status == FigureStatus.Tally).ToList();
        Assert.Equal([("Conservative", 3m), ("Labour", 2m), ("Liberal Democrats", 4m), ("SNP", 40m)], tally.Select(f => (f.Party!, f.Value.Value)).Order());
        Assert.All(tally, f => Assert.Equal(("scottish-parliament-2021", FigureKind.Seats), (f.ElectionSlug, f.Kind)));
        Assert.All(Mail.Figures.Except(tally), f => Assert.Equal(FigureStatus.Result, f.Status));
        Assert.Contains(Mail.LeftOut, l => l.Reason == LeftOutReason.OpinionPoll && l.Text == "more than 50");
        Assert.Empty(Night.LeftOut);
        Assert.Empty(General.LeftOut);
    }

    [Fact]
    public void The_overnight_tally_is_a_tally_and_the_declared_figures_are_results()
    {
        Assert.All(Night.Figures.Where(f => f.Source.Sentence.Contains("overnight tally")), f => Assert.Equal(FigureStatus.Tally, f.Status));
        Assert.Equal(2, Night.Figures.Count(f => f.Status == FigureStatus.Tally));
        Assert.All(Night.Figures.Where(f => !f.Source.Sentence.Contains("overnight tally")), f => Assert.Equal(FigureStatus.Result, f.Status));
    }

    [Fact]
    public void Laurence_Fox_stood_in_London_in_2021_and_lost()
    {
        var fox = Candidate(Mail, "london-mayor-2021", "Laurence Fox");
        Assert.Equal(Outcome.Defeated, fox.Outcome);
        Assert.Equal(Outcome.Defeated, Candidate(Mail, "london-mayor-2021", "Count Binface").Outcome);
    }

    [Fact]
    public void Every_2021_race_the_articles_report_was_held_on_6_May_2021()
    {
        var races = Mail.Elections.Concat(Night.Elections).Where(e => e.Year == 2021).ToList();
        Assert.Equal(9, races.Select(e => e.Slug).Distinct().Count());
        Assert.All(races, e => Assert.Equal(new DateOnly(2021, 5, 6), e.PollDate));
    }

    [Fact]
    public void Burnham_became_mayor_of_Greater_Manchester_in_2017()
    {
        Assert.Equal(Outcome.Elected, Candidate(Mail, "greater-manchester-mayor-2017", "Andy Burnham").Outcome);
        Assert.DoesNotContain(Mail.Figures, f => f.ElectionSlug == "greater-manchester-mayor-2017");
    }

    [Fact]
    public void Without_dates_no_2021_result_is_filed_under_an_earlier_election()
    {
        var undated = Read("002_a5dc326ad9692c23.txt", null);
        Assert.DoesNotContain(undated.Candidacies, c => c.ElectionSlug == "greater-manchester-mayor-2017" && c.Candidate is "Ben Houchen" or "Jill Mortimer" or "Count Binface" or "Piers Corbyn");
        Assert.DoesNotContain(undated.Figures, f => f.ElectionSlug == "greater-manchester-mayor-2017");
        // What the text dates stays dated ("57 per cent in 2016"); the rest is kept under elections of unknown year.
        Assert.All(undated.Figures, f => Assert.True(f.ElectionSlug == "london-mayor-2016" || f.ElectionSlug.EndsWith("year-not-stated"), f.ElectionSlug));
    }

    [Fact]
    public void Every_figure_carries_its_sentence_and_paragraph()
    {
        Assert.All(Night.Figures.Concat(Mail.Figures), f => Assert.False(string.IsNullOrWhiteSpace(f.Source.Sentence)));
        Assert.All(Mail.Figures, f => Assert.Contains(f.Value.Text, f.Source.Sentence));
    }
}
