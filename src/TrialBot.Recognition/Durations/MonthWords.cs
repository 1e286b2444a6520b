namespace TrialBot.Recognition.Durations;

/// <summary>The names of the months, seasons and dated holidays as people write them, for the patterns that read times.</summary>
internal static class MonthWords
{
    /// <summary>A month's name, whole or short: "january", "jan", "sept".</summary>
    public const string Month =
        "january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec";

    /// <summary>A season's name.</summary>
    public const string Season = "spring|summer|autumn|fall|winter";

    /// <summary>A holiday whose day <see cref="PointInMonthReader"/> knows, in English (longer names first): the one list
    /// of them, for that reader, for the cue that an answer may hold a time, and for ranges between holidays.</summary>
    public const string Holiday =
        @"christmas|xmas|new\s+years\s+day|new\s+years|new\s+year|chinese\s+new\s+year|cny|lunar\s+new\s+year|spring\s+festival|" +
        @"national\s+day|halloween|valentines\s+day|valentines|memorial\s+day|labou?r\s+day|labour\s+weekend|columbus\s+day|thanksgiving|mothers\s+day|mothering\s+sunday|" +
        @"fathers\s+day|easter|holy\s+week|ching\s+ming|qingming|tomb\s+sweeping\s+day|merdeka\s+day|merdeka|melbourne\s+cup\s+day|melbourne\s+cup|" +
        @"st\s+patricks\s+day|saint\s+patricks\s+day|paddys\s+day|patricks\s+day|canada\s+day|anzac\s+day|australia\s+day|" +
        @"boxing\s+day|bonfire\s+night|guy\s+fawkes\s+night|guy\s+fawkes|ramadan|ramzan|eid\s+al\s+fitr|eid\s+ul\s+fitr|eid\s+al\s+adha|eid\s+ul\s+adha|bakrid|eid|diwali|deepavali";

    /// <summary>A holiday or solar term whose day <see cref="PointInMonthReader"/> knows, in Chinese.</summary>
    public const string ChineseHoliday =
        "国庆|双十一|双十二|(?<!双)十一(?=前后|以后|之后|长假|假期|那会|那几天|左右)|元旦|五一|劳动节|圣诞|春节|过完年|过年|大年初一|元宵|端午|中秋|清明|母亲节|父亲节|立春|惊蛰|春分|谷雨|立夏|芒种|夏至|立秋|处暑|白露|秋分|寒露|霜降|立冬|冬至";
}
