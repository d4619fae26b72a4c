using NewsArchive.Elections;

namespace NewsArchive.Tests.Elections;

/// <summary>Figures of another place than the race's, in wordings written here: a lead in one state while the count
/// goes on, and the city's turnout told after a borough mayor's result. Neither is the race's own.</summary>
public class OtherPlaceFigureTests
{
    [Fact]
    public void A_lead_in_a_state_while_counting_is_no_count_of_votes() =>
        Assert.DoesNotContain(Extract.Filed("Jane Doe has been elected president of the United States.\nIn Georgia, Ms Doe led by about 10,000 votes.", new DateOnly(2020, 11, 8), "Jane Doe"),
            f => f.Value == 10000m);

    [Fact]
    public void The_citys_turnout_after_a_borough_mayors_result_is_not_the_boroughs() =>
        Assert.DoesNotContain(Extract.Filed("Labour won control of Wandsworth in Thursday's local elections.\nIn Eastfield, Jane Doe was elected mayor with 40,804 first-preference votes.\nTurnout in London was around 34%.", new DateOnly(2022, 5, 7), "Jane Doe"),
            f => f.Kind == FigureKind.Turnout);

    [Fact]
    public void The_citys_turnout_in_the_citys_own_race_is_the_races() =>
        Assert.Contains(("london-mayor-2024", "-", FigureKind.Turnout, 40.5m),
            Extract.Filed("Jane Doe has won a third term as Mayor of London.\nTurnout in Greater London was 40.5%.", new DateOnly(2024, 5, 5), "Jane Doe"));
}
