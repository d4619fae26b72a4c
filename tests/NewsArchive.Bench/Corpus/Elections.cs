namespace NewsArchive.Bench.Corpus;

/// <summary>Election stories: mayoral, general-election seat, by-election and council results, with
/// their figures written as news writes them.</summary>
internal static class Elections
{
    private static readonly int[] MayoralYears = [2000, 2004, 2008, 2012, 2016, 2021, 2024];
    private static readonly int[] GeneralYears = [2001, 2005, 2010, 2015, 2017, 2019, 2024];
    private static readonly int[] CouncilYears = [2002, 2006, 2010, 2014, 2018, 2022];

    public static void Mayoral(Story story, Cast cast)
    {
        var dice = story.Dice;
        var year = dice.Pick(MayoralYears);
        var (winner, second, third) = Three(story, cast);
        var votes = dice.Between(800_000, 1_350_000);
        var runnerUp = votes - dice.Between(50_000, 400_000);
        if (dice.Chance(0.8)) story.Headline = dice.Pick([
            $"{winner.Full} elected Mayor of London", $"London mayoral election {year}: {winner.Surname} wins",
            $"{winner.Surname} takes City Hall as {second.Party.Short} vote falls"]);
        story.Add($"{story.Labelled(winner)} has been elected Mayor of London, winning {story.Votes("votes", votes, winner, mayRound: false)} first-preference votes in the {year} mayoral election.");
        story.Add($"{story.Name(winner)} took {story.Percent("share", dice.Between(350, 560), winner)} of the vote, ahead of {story.Labelled(second)} on {story.Percent("share", dice.Between(250, 349), second)} with {story.Votes("votes", runnerUp, second)} votes.");
        story.Add($"Turnout was {story.Percent("turnout", dice.Between(330, 460), null)}, {dice.Pick(["down", "up"])} from {story.Percent("turnout", dice.Between(330, 460), null)} at the last election.");
        if (dice.Chance(0.6)) story.Add(Filler.Caption(story, winner));
        story.Add(Filler.Quote(story, winner));
        story.Add($"{story.Labelled(third)} came third with {story.Votes("votes", dice.Between(60_000, 250_000), third)} votes, while the {dice.Pick(["Reform UK", "Green", "Liberal Democrat"])} share {dice.Pick(["rose", "fell"])} to {story.Percent("share", dice.Between(20, 120), null)}.");
        Filler.Pad(story, cast, [winner, second, third]);
    }

    public static void Seat(Story story, Cast cast, bool byElection)
    {
        var dice = story.Dice;
        var seat = dice.Pick(cast.Seats);
        var year = dice.Pick(GeneralYears);
        var (winner, second, third) = Three(story, cast);
        var majority = dice.Between(150, 25_000);
        var contest = byElection ? $"{seat} by-election" : $"{seat} in the {year} general election";
        if (dice.Chance(0.75)) story.Headline = byElection
            ? $"{winner.Party.Name} {dice.Pick(["win", "hold", "gain"])} {seat} by-election"
            : $"{seat}: {winner.Surname} holds on for {winner.Party.Name}";
        if (byElection)
        {
            var previous = cast.Several(dice, 4).First(p => p.Full != winner.Full && p.Full != second.Full && p.Full != third.Full && p.Surname != winner.Surname && p.Surname != second.Surname && p.Surname != third.Surname);
            story.Add($"{story.Labelled(winner)} has won the {contest} with a majority of {story.Votes("majority", majority, winner)}.");
            story.Add($"The poll was called after the resignation of {story.Name(previous)}, who had held the seat since {dice.Between(1997, 2019)}.");
        }
        else story.Add($"{story.Labelled(winner)} held {contest} with a majority of {story.Votes("majority", majority, winner)}.");
        var winnerVotes = dice.Between(12_000, 35_000);
        story.Add($"{story.Name(winner)} received {story.Votes("votes", winnerVotes, winner, mayRound: false)} votes ({story.Percent("share", dice.Between(380, 640), winner)}), with {story.Labelled(second)} second on {story.Votes("votes", Math.Max(500, winnerVotes - majority), second, mayRound: false)}.");
        story.Add($"{story.Name(third)} of {third.Party.Body} finished third with {story.Votes("votes", dice.Between(900, 8_000), third)} votes.");
        if (dice.Chance(0.5)) story.Add($"Turnout was {story.Percent("turnout", dice.Between(180, 720), null)}.");
        if (dice.Chance(0.5)) story.Add(Filler.Caption(story, winner));
        story.Add(Filler.Quote(story, winner));
        Filler.Pad(story, cast, [winner, second, third]);
    }

    public static void Council(Story story, Cast cast)
    {
        var dice = story.Dice;
        var borough = dice.Pick(Cast.Boroughs);
        var year = dice.Pick(CouncilYears);
        var leader = cast.Someone(dice);
        var rival = cast.Several(dice, 3).First(p => p.Surname != leader.Surname);
        var total = dice.Pick(new[] { 45, 51, 54, 57, 60, 63, 70 });
        var seats = dice.Between(total / 2 + 1, total - 3);
        if (dice.Chance(0.7)) story.Headline = $"{leader.Party.Name} {dice.Pick(["keep", "take", "win"])} {borough} in {year} council elections";
        story.Add($"{leader.Party.Name} {dice.Pick(["took control of", "held on to"])} {borough} Council, winning {story.Count("seats", seats, null)} of the {total} seats.");
        story.Add($"Council leader {story.Name(leader)} said the party had won {story.Percent("share", dice.Between(300, 620), null)} of the vote across the borough.");
        story.Add($"The opposition group, led by {story.Labelled(rival)}, was reduced to {story.Count("seats", dice.Between(1, total - seats), null)} councillors.");
        story.Add(Filler.Quote(story, leader));
        if (dice.Chance(0.4)) story.Add(Filler.Caption(story, rival));
        Filler.Pad(story, cast, [leader, rival]);
    }

    /// <summary>Three candidates of three different parties.</summary>
    private static (CastMember, CastMember, CastMember) Three(Story story, Cast cast)
    {
        while (true)
        {
            var people = cast.Several(story.Dice, 3);
            if (people.Select(p => p.Party).Distinct().Count() == 3) return (people[0], people[1], people[2]);
        }
    }
}
