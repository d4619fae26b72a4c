using NewsArchive.Elections;

namespace NewsArchive.Tests.Elections;

/// <summary>Seats told with the unit left out, right after a party's seats, as results reports write them (with
/// invented wording): the bare numbers are seats; after a share, or away from any seats, they are nothing.</summary>
public class ElidedSeatsTests
{
    private static readonly DateOnly AfterPolling = new(2010, 5, 8);

    [Theory]
    [InlineData("Labour", 258)]
    [InlineData("Liberal Democrats", 57)]
    public void Bare_numbers_after_a_partys_seats_are_seats(string party, decimal seats) =>
        Assert.Contains(("uk-general-election-2010", party, FigureKind.Seats, seats),
            Extract.Filed("The Conservatives won 306 seats in Thursday's general election, 20 short of a majority. Labour took 258 and the Liberal Democrats 57.", AfterPolling));

    [Theory]
    [InlineData("The Conservatives won 306 seats in Thursday's general election. Labour, after thirteen years in power, fell back to 258.")]
    [InlineData("The Conservatives won 306 seats in Thursday's general election. Labour slumped to 258.")]
    public void A_bare_number_a_party_fell_to_after_a_partys_seats_is_seats(string text) =>
        Assert.Contains(("uk-general-election-2010", "Labour", FigureKind.Seats, 258m), Extract.Filed(text, AfterPolling));

    [Fact]
    public void Numbers_in_words_in_a_list_are_seats_too() =>
        Assert.Equal([("Conservative", 9m), ("Green Party", 3m), ("Liberal Democrats", 2m)],
            Extract.Filed("Labour won 11 of the 25 seats in the London Assembly election.\nThe Conservatives won nine, the Greens three and the Liberal Democrats two.", new DateOnly(2021, 5, 10))
                .Where(f => f.Subject != "Labour").Select(f => (f.Subject, f.Value)).ToArray());

    [Theory]
    [InlineData("Labour won 35.2% of the vote in Thursday's general election.\nThe Conservatives won 32 and the Liberal Democrats 22.")]
    [InlineData("The Conservatives won 306 seats in Thursday's general election.\nTurnout was 65%.\nLabour took 258 and the Liberal Democrats 57.")]
    public void Bare_numbers_away_from_seats_are_nothing(string text) =>
        Assert.DoesNotContain(Extract.Filed(text, AfterPolling), f => f.Value is 32m or 22m or 258m or 57m);

    [Fact]
    public void Bare_numbers_after_a_councils_seats_are_that_councils_each_with_its_own_with()
    {
        var filed = Extract.Filed("Labour took control of Eastbrook council in Thursday's local elections, winning 33 seats. The Conservatives were left with 21, and the Liberal Democrats with 5.",
            new DateOnly(2018, 5, 5));
        Assert.Contains(("eastbrook-local-elections-2018", "Conservative", FigureKind.Seats, 21m), filed);
        Assert.Contains(("eastbrook-local-elections-2018", "Liberal Democrats", FigureKind.Seats, 5m), filed);
    }

    [Fact]
    public void Bare_numbers_after_another_councils_seats_are_that_ones() =>
        Assert.Contains(("westfield-local-elections-2018", "Labour", FigureKind.Seats, 25m),
            Extract.Filed("Labour took control of Eastbrook council in Thursday's local elections, winning 33 seats. The Conservatives won 21.\nIn Westfield, the Conservatives won 38 of the 63 seats. Labour took 25.",
                new DateOnly(2018, 5, 5)));

    [Theory]
    [InlineData("Reform won 24 seats and 27.5% of the vote in the European elections, ahead of Labour on 25.4% and 20 seats.")]
    [InlineData("Reform topped the poll in the European elections with 27.5% of the vote and 24 seats, Labour 25.4% and 20 seats.")]
    public void Seats_joined_to_a_partys_share_are_that_partys(string text)
    {
        var filed = Extract.Filed(text, new DateOnly(2014, 5, 27));
        Assert.Contains(("european-parliament-election-2014", "Labour", FigureKind.Seats, 20m), filed);
        Assert.DoesNotContain(filed, f => f.Value == 20m && f.Subject != "Labour");
    }
}
