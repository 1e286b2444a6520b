namespace TrialBot.Recognition.Durations;

/// <summary>The English names of the months, seasons and dated holidays as people write them, for the patterns that read times.</summary>
internal static class MonthWords
{
    /// <summary>A month's name, whole or short: "january", "jan", "sept".</summary>
    public const string Month =
        "january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec";

    /// <summary>A season's name.</summary>
    public const string Season = "spring|summer|autumn|fall|winter";

    /// <summary>A holiday whose day <see cref="PointInMonthReader"/> knows.</summary>
    public const string Holiday =
        @"christmas|xmas|thanksgiving|halloween|easter|memorial\s+day|labou?r\s+day|columbus\s+day|mothers\s+day|fathers\s+day|valentines";
}
