using NewsArchive.Elections;

namespace NewsArchive.Tests.Elections;

/// <summary>A council's result told without the words "local elections": the borough held, its count, its councillors
/// and its working majority. Texts written here.</summary>
public class CouncilHeldTests
{
    private static readonly DateOnly DayAfterPolling = new(2018, 5, 4);

    private const string Held = "The Liberal Democrats have held Ashford, though by their narrowest margin since the borough was created, after a count that went on until dawn.\n";

    [Fact]
    public void A_place_held_in_a_sentence_of_the_borough_is_its_councils_election() =>
        Assert.Contains((ElectionKind.Local, "Ashford", 2018), Extract.Elections(Held, DayAfterPolling));

    [Fact]
    public void Seats_with_some_of_the_boroughs_wards_declared_are_a_tally() =>
        Assert.Equal(FigureStatus.Tally, Extract.From(Held + "At one stage, with 11 of the borough's 20 wards declared, Labour led by 18 seats to 15.", DayAfterPolling)
            .Figures.First(f => f.Value.Value == 18m).Status);

    [Fact]
    public void Councillors_finished_with_and_a_working_majority_are_the_councils_result()
    {
        var filed = Extract.Filed(Held + "The Liberal Democrats finished with 33 councillors to Labour's 27, leaving them with a working majority of six.", DayAfterPolling);
        Assert.Contains(("ashford-local-elections-2018", "Liberal Democrats", FigureKind.Seats, 33m), filed);
        Assert.Contains(("ashford-local-elections-2018", "Labour", FigureKind.Seats, 27m), filed);
        Assert.Contains(("ashford-local-elections-2018", "Liberal Democrats", FigureKind.Majority, 6m), filed);
    }

    [Fact]
    public void A_governments_working_majority_is_still_no_election_figure() =>
        Assert.DoesNotContain(Extract.Filed(Held + "In the Commons, the government's working majority of 12 looks fragile.", DayAfterPolling), f => f.Value == 12m);

    [Fact]
    public void Councillors_changed_from_one_number_to_another_are_not_a_pair() =>
        Assert.DoesNotContain(Extract.Filed(Held + "Labour won 10 councillors to 20 in a year of gains.", DayAfterPolling), f => f is { Subject: "Labour", Value: 20m });
}
