using NewsArchive.Elections;

namespace NewsArchive.Tests.Elections;

/// <summary>Whose a figure is in another country's election, when its parties are not in the party table
/// (<c>ForeignSubjects</c>), one test per rule, on texts written here.</summary>
public class ForeignSubjectTests
{
    private static readonly DateOnly Autumn2019 = new(2019, 10, 25);

    private static IReadOnlyList<(string? Party, FigureKind Kind, decimal Value, int Year)> Figures(string text)
    {
        var result = Extract.From(text, Autumn2019);
        return result.Figures.Select(f => (f.Party, f.Kind, f.Value.Value, result.Elections.Single(e => e.Slug == f.ElectionSlug).Year)).ToList();
    }

    [Theory]
    [InlineData("In last week’s Portuguese election, the Left Bloc won 19 seats.", "Left Bloc", FigureKind.Seats, 19)]
    [InlineData("In last week’s Portuguese election, the Socialists won 108 seats.", "Socialists", FigureKind.Seats, 108)]
    [InlineData("In last week’s Portuguese election, the PCP took 12 seats.", "PCP", FigureKind.Seats, 12)]
    [InlineData("In last week’s Portuguese election, the Left Bloc (a radical party) secured 9.5% of the vote.", "Left Bloc", FigureKind.Share, 9.5)]
    [InlineData("In last week’s Portuguese election, the Left Bloc, led by Catarina Martins, won 19 seats.", "Left Bloc", FigureKind.Seats, 19)]
    [InlineData("In last week’s Portuguese election, the far-right Chega party entered parliament with 12 seats.", "Chega", FigureKind.Seats, 12)]
    [InlineData("In last week’s Portuguese election, the far-right Chega party entered parliament with 1.3% of the vote.", "Chega", FigureKind.Share, 1.3)]
    [InlineData("António Costa's Socialist party (PS) won last week’s Portuguese election with 108 seats.", "PS", FigureKind.Seats, 108)]
    public void NameWon_the_name_or_acronym_that_won_the_number(string text, string party, FigureKind kind, decimal value) =>
        Assert.Equal([(party, kind, value, 2019)], Figures(text));

    [Theory]
    [InlineData("In last week’s Portuguese election, the PSD fell to 27.8%, its worst result in decades.", 27.8)]
    [InlineData("In last week’s Portuguese election, the PSD slumped to 27.8% of the vote.", 27.8)]
    public void NameWon_a_name_whose_share_moved_to_the_number(string text, decimal value) =>
        Assert.Equal([("PSD", FigureKind.Share, value, 2019)], Figures(text));

    [Theory]
    [InlineData("In last week’s Portuguese election, the Socialists won 36.3% of the vote, more than the Social Democrats' 27.8%.")]
    [InlineData("In last week’s Portuguese election, the Socialists won 36.3% of the vote, against the PSD's 27.8%.")]
    public void Possessor_a_name_whose_possessive_stands_before_the_number_owns_it(string text) =>
        Assert.Contains(Figures(text), f => f.Value == 27.8m && f.Party is "Social Democrats" or "PSD");

    [Fact]
    public void Possessor_a_single_word_possessive_may_be_a_leaders_and_names_no_party() =>
        Assert.DoesNotContain(Figures("In last week’s Portuguese election, the Socialists won 36.3% of the vote, more than Rio's 27.8%."), f => f.Party == "Rio");

    [Fact]
    public void FromEarlier_the_number_a_share_of_the_vote_rose_from_is_the_same_subjects_earlier_one() =>
        Assert.Equal([("PSD", FigureKind.Share, 27.8m, 2019), ("PSD", FigureKind.Share, 36.9m, 2015)],
            Figures("In last week’s Portuguese election, the PSD took 27.8% of the vote, down from 36.9% in 2015."));

    [Fact]
    public void NameWon_a_one_word_name_winning_a_share_may_be_a_surname_and_gets_nothing() =>
        Assert.Empty(Figures("In last week’s Portuguese election, Ventura won 1.3% of the vote."));

    [Fact]
    public void OtherCountry_a_figure_in_a_sentence_about_another_country_is_not_the_election_in_views() =>
        Assert.DoesNotContain(Figures("In last week’s Portuguese election, the PCP took 12 seats.\nIn Germany, the CDU won 33% in 2017."), f => f.Value == 33m);

    [Fact]
    public void PairWon_two_parties_who_each_got_the_number_both_get_it() =>
        Assert.Equal([("PSD", FigureKind.Share, 7m, 2019), ("PCP", FigureKind.Share, 7m, 2019)],
            Figures("Last week’s Portuguese election results were poor for the PSD and the Communist party (PCP), who each got a meager 7%."));

    [Fact]
    public void PartyWon_the_party_is_the_last_name_before_it_and_from_an_earlier_number_is_the_same_partys() =>
        Assert.Equal([("Left Bloc", FigureKind.Seats, 19m, 2019), ("Left Bloc", FigureKind.Seats, 10m, 2015)],
            Figures("Last week’s Portuguese election results were a shock.\nThere was a surge in Left Bloc (a radical party) support, with the party attaining 19 seats from 10 in 2015."));

    [Theory]
    [InlineData("In last week’s Portuguese election, the PCP won 12 seats and 6.3% of the vote.")]
    [InlineData("In last week’s Portuguese election, the PCP won 12 seats with 6.3% of the vote.")]
    public void CoordinatedBetween_two_numbers_won_together_are_one_subjects(string text) =>
        Assert.Equal([("PCP", FigureKind.Seats, 12m, 2019), ("PCP", FigureKind.Share, 6.3m, 2019)], Figures(text));

    [Theory]
    [InlineData("In last week’s Portuguese election, Costa won 108 seats.")]
    [InlineData("In last week’s Portuguese election, the Socialists in Lisbon won 108 seats.")]
    public void A_single_capitalised_word_or_a_name_far_from_the_verb_is_no_subject(string text) =>
        Assert.Empty(Figures(text));

    [Theory]
    [InlineData("Chega, a populist party founded last year, entered parliament. In last week’s Portuguese election, Chega became a parliamentary force with 12 seats.")]
    [InlineData("The far-right party Chega entered parliament. In last week’s Portuguese election, Chega won 12 deputies.")]
    [InlineData("Chega presented itself as the party of order. In last week’s Portuguese election, Chega won 12 seats.")]
    [InlineData("The election saw the far-right Chega enter parliament. In last week’s Portuguese election, Chega won 12 seats.")]
    public void CalledParties_a_single_word_the_article_calls_a_party_is_a_subject(string text) =>
        Assert.Equal([("Chega", FigureKind.Seats, 12m, 2019)], Figures(text));

    [Theory]
    [InlineData("Costa is a party man. In last week’s Portuguese election, Costa won 12 seats.")]
    [InlineData("In last week’s Portuguese election, Costa won 12 seats. The party was pleased.")]
    [InlineData("Costa is a member of the party. In last week’s Portuguese election, Costa won 12 seats.")]
    [InlineData("Costa was the leader of the party in 2015. In last week’s Portuguese election, Costa won 12 seats.")]
    [InlineData("It was a bad night for the ruling party, Costa said. In last week’s Portuguese election, Costa won 12 seats.")]
    [InlineData("The centre-left Costa leader spoke. In last week’s Portuguese election, Costa won 12 seats.")]
    public void CalledParties_a_single_word_not_called_a_party_stays_no_subject(string text) =>
        Assert.DoesNotContain(Figures(text), f => f.Party == "Costa");

    [Theory]
    [InlineData("Two years after last week’s Portuguese election, the PSD became the government with 116 votes in a confidence motion.")]
    [InlineData("After last week’s Portuguese election, the PSD got 20 deputies from smaller parties to back its budget.")]
    public void A_vote_in_parliament_or_members_won_over_are_no_result(string text) =>
        Assert.Empty(Figures(text));

    [Fact]
    public void LongerName_a_known_party_inside_a_longer_name_is_the_longer_name() =>
        Assert.Equal([("Progressive Conservatives", FigureKind.Seats, 2m, 1993)],
            Figures("The Canadian election of 1993 threw out the Progressive Conservatives, winning only 2 seats."));

    [Theory]
    [InlineData("The PCP, led by Ana Costa, suffered its worst defeat. The party managed to get 12 MPs, its worst result.")]
    [InlineData("While not as dramatic as the PSD’s, Ana Costa’s PCP also had a bad night. They lost 3 seats to 12, a bitter blow.")]
    public void Opening_the_party_or_they_is_the_acronym_the_sentence_before_opened_on(string second) =>
        Assert.Contains(("PCP", FigureKind.Seats, 12m, 2019), Figures("Last week’s Portuguese election results were a shock.\n" + second));

    [Fact]
    public void Opening_a_party_named_two_sentences_before_is_not_the_party_of_the_party() =>
        Assert.DoesNotContain(Figures("Last week’s Portuguese election results were a shock.\nThe PCP suffered its heaviest defeat. Livre, the green newcomer, won 4 seats. The party got 10.3% of the vote."),
            f => f.Party == "PCP");

    [Fact]
    public void Opening_a_party_named_in_another_paragraph_is_not_the_party_of_they() =>
        Assert.DoesNotContain(Figures("Last week’s Portuguese election results were a shock. The PCP suffered its worst defeat.\nThey lost 3 seats to 12, a bitter blow."), f => f.Party == "PCP");

    [Fact]
    public void BarCrossed_a_round_number_passed_on_the_way_is_no_share()
    {
        var figures = Figures("Last week’s Portuguese election results were a shock.\nThe PCP suffered its worst defeat. The party managed to get 12 MPs and went below 20% of the vote (16.7%).");
        Assert.Contains(("PCP", FigureKind.Share, 16.7m, 2019), figures);
        Assert.DoesNotContain(figures, f => f.Value == 20m);
    }

    [Fact]
    public void A_member_states_European_elections_a_month_ahead_are_still_to_come_and_hold_no_result()
    {
        var result = Extract.From("In last Sunday’s Portuguese election, the PSD won 80 seats.\nThe PCP suffered its worst defeat, with European elections to be held in less than a month.\nWhile not as dramatic as the PSD’s, Ana Costa’s PCP also had a bad night. They lost 3 seats to 12, a bitter blow.",
            new DateOnly(2019, 5, 3));
        var twelve = Assert.Single(result.Figures, f => f.Value.Value == 12m);
        Assert.Equal(("PCP", "portugal-election-2019"), (twelve.Party, twelve.ElectionSlug));
    }
}
