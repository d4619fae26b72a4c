using NewsArchive.Import;

namespace NewsArchive.Tests.Import;

public class PublicationDateTests
{
    [Theory]
    [InlineData("2021-05-08", "2021-05-08", null)]
    [InlineData("2015-2-7", "2015-02-07", null)]
    [InlineData("2016-04-20 14:54:52 +0100", "2016-04-20", "2016-04-20T14:54:52+01:00")]
    [InlineData("2016-04-20 23:30:00 -0500", "2016-04-20", "2016-04-20T23:30:00-05:00")]
    [InlineData("2024-03-14T09:30:00+00:00", "2024-03-14", "2024-03-14T09:30:00+00:00")]
    [InlineData("2024-03-14T09:30:00.000Z", "2024-03-14", "2024-03-14T09:30:00+00:00")]
    [InlineData("Wed, 20 Apr 2016 14:54:52 +0100", "2016-04-20", "2016-04-20T14:54:52+01:00")]
    [InlineData("2017-10-20 12:00:00", "2017-10-20", null)]
    [InlineData("8 May 2021", "2021-05-08", null)]
    [InlineData("May 8, 2021", "2021-05-08", null)]
    public void Reads_the_date_as_written_and_the_moment_only_with_a_zone(string text, string date, string? moment)
    {
        Assert.True(PublicationDate.TryParse(text, out var parsed, out var at));
        Assert.Equal(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), parsed);
        Assert.Equal(moment, at?.ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("")]
    [InlineData("true")]
    [InlineData("soon")]
    [InlineData("2021-13-45")]
    [InlineData("04/05/2021")]
    public void Refuses_what_is_not_a_date(string text) => Assert.False(PublicationDate.TryParse(text, out _, out _));
}
