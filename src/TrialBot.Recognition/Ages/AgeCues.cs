using System.Globalization;
using System.Text.RegularExpressions;
using TrialBot.Recognition.Numbers;

namespace TrialBot.Recognition.Ages;

/// <summary>
/// The own rules for an age answer, English and Chinese: a vague age ("seventy-something", "in my 30s", "late 40s",
/// "over 60", "30-35", 七十多岁, 三十几岁, 四十出头, 80后, 三十五六岁), an age about to be reached ("I'll be 50 next month",
/// "turning 71", 明年就50了: one year less), a date of birth ("dob 3/15/1980", 1985.6.12出生: the exact age) and a year
/// of birth ("born in '92", 我是88年生的, 1990年出生: the age reached this year, to confirm).
/// </summary>
internal static partial class AgeCues
{
    /// <summary>True when the answer gives only a rough age.</summary>
    public static bool IsVague(string prepared) => Vague().IsMatch(prepared) || ChineseAdjacent().Match(prepared) is { Success: true } m && IsConsecutive(m);

    /// <summary>
    /// The one exact age beside a rough one ("mid forties… 46", "四十多，46"): what is left in figures once the rough age is
    /// taken out, when that is a single whole number; null otherwise.
    /// </summary>
    public static double? ExactBesideRough(string prepared)
    {
        var rough = Vague().Matches(prepared);
        var rest = Vague().Replace(prepared, m => new string(' ', m.Length));
        if (rough.Count == 0 || Vague().IsMatch(rest) || WholeNumber().Matches(rest) is not [var figure])
        {
            return null;
        }

        // Its own figure, set apart from the rough age: "20多岁" is one rough age, not 20 beside "多".
        bool SetApart(Match vague) => (figure.Index + figure.Length <= vague.Index
            ? prepared[(figure.Index + figure.Length)..vague.Index]
            : prepared[(vague.Index + vague.Length)..figure.Index]).Any(c => !char.IsWhiteSpace(c) && c != '岁');
        return rough.All(SetApart) ? Int(figure.Value) : null;
    }

    /// <summary>The age about to be reached ("turning 71" → 71), or null.</summary>
    public static double? Turning(string prepared) =>
        Turn().Match(prepared) is { Success: true } m && SpokenNumber.TryParse(m.Groups["n"].Value, out var n) ? n : null;

    /// <summary>
    /// The age now when the answer gives it together with the next one ("41 (42 in feb)", "70, 71 next june", "17, 18 in
    /// 2 weeks", 今年69，下个月满70): the smaller of exactly two consecutive ages beside a word of the future, and none of the
    /// past or of now; null otherwise. A length of time ("in 2 weeks", 3个月) is no age.
    /// </summary>
    public static double? NowAndNext(string prepared)
    {
        if (!(FutureCue().IsMatch(prepared) || NextAgeShape().IsMatch(prepared)) || EitherAge().IsMatch(prepared) || PastOrNow().IsMatch(prepared))
        {
            return null;
        }

        var ages = WholeNumber().Matches(DayOrMonth().Replace(TimeLength().Replace(prepared, " "), " "))
            .Select(m => Int(m.Value))
            .Distinct()
            .ToList();
        return ages is [var now, var next] && next == now + 1 ? now : null;
    }

    /// <summary>
    /// The answer without an age said not to be reached yet ("今年七十，还没满七十一", "70, not 71 yet"), and that age; null
    /// when it names none. The age now is then one less, and is read from the rest.
    /// </summary>
    public static (string Others, double NotYet)? WithoutAgeNotReached(string prepared)
    {
        var match = NotReached().Match(prepared);
        return match.Success && SpokenNumber.TryParse(match.Groups["n"].Value, out var age)
            ? (prepared.Remove(match.Index, match.Length).Insert(match.Index, " "), age)
            : null;
    }

    /// <summary>The exact age on <paramref name="today"/> by a full date of birth; null when none; NaN when the date is unclear.</summary>
    public static double? FromBirthDate(string prepared, DateOnly today)
    {
        if (NamedMonthDate().Match(prepared) is { Success: true } named)
        {
            var month = Array.FindIndex(MonthNames, name => named.Groups["m"].Value.StartsWith(name, StringComparison.Ordinal)) + 1;
            return Age(Int(named.Groups["y"].Value), month, Int(named.Groups["d"].Value), today) is { } exact ? exact : double.NaN;
        }

        var match = BirthDate().Match(prepared);
        if (!match.Success)
        {
            return null;
        }

        var year = match.Groups["y"].Value.Length == 2 ? YearOfBirth(match.Groups["y"].Value, today) ?? 0 : Int(match.Groups["y"].Value);
        var first = Int(match.Groups["a"].Value);
        var second = Int(match.Groups["b"].Value);
        var ages = new[] { Age(year, first, second, today), match.Groups["ymd"].Success ? null : Age(year, second, first, today) }
            .OfType<int>().Distinct().ToList();
        return ages is [var age] ? age : double.NaN;
    }

    /// <summary>
    /// The answer with the ages of the past (<see cref="SinceEventReader.AgeThen"/>: "since I was 34", "diagnosed at 34",
    /// 34岁的时候确诊) left out, when it holds one and a figure besides; null otherwise.
    /// </summary>
    public static string? WithoutPastAges(string prepared)
    {
        var rest = PastAges(prepared).Trim();
        return rest != prepared.Trim() && rest.Any(char.IsAsciiDigit) ? rest : null;
    }

    /// <summary>
    /// True when the answer gives a child's age ("孩子12岁", "my son is 12", "my kids are 12 and 9") beside another figure
    /// ("我40，孩子12岁": two people's ages, asked about). Alone, such an age may be the patient's, typed by a parent, and is
    /// read as it is.
    /// </summary>
    public static bool ChildsAgeBesideAnother(string prepared) =>
        ChildsAge().Replace(prepared, " ") is var rest && rest != prepared && rest.Any(char.IsAsciiDigit);

    /// <summary>The answer without a day of the year said by its month ("nov 25", "25 november", "11月25号") when another
    /// figure remains; null otherwise.</summary>
    public static string? WithoutDaysOfTheYear(string prepared)
    {
        var rest = DayOfTheYear().Replace(prepared, " ");
        return rest != prepared && rest.Any(char.IsAsciiDigit) ? rest : null;
    }

    [GeneratedRegex(@"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\s*(?:st|nd|rd|th)?\b(?!\s*(?:years?|yrs?|y/?o)\b)|\b\d{1,2}\s*(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|(?<![\d.])\d{1,2}\s*月\s*\d{1,2}\s*(?:号|日)")]
    private static partial Regex DayOfTheYear();

    /// <summary>True when the answer's one figure is an age said of another time than now: of last year ("去年70", "I was 70
    /// last year") or of a coming month or day ("72 in march", "18 by christmas").</summary>
    public static bool OneAgeOfAnotherTime(string prepared) =>
        WholeNumber().Count(prepared) == 1 && !Now().IsMatch(prepared)
        && (AgeLastYear().IsMatch(prepared) || (AgeInAComingMonth().IsMatch(prepared) && !PastOrNow().IsMatch(prepared)));

    [GeneratedRegex(@"(?:孩子|儿子|女儿|孙子|孙女|小孩|闺女)(?:今年|都)?\s*\d{1,3}\s*(?:岁|了)?|\bmy\s+(?:son|daughter|kids?|child|children|grandson|granddaughter|grandkids?|boy|girl)s?\s+(?:is|are|turned|just\s+turned)?\s*\d{1,3}(?:\s*(?:and|&|,)\s*\d{1,3})*(?:\s*(?:yo|years?\s+old|yrs?))?")]
    private static partial Regex ChildsAge();

    [GeneratedRegex(@"\b(?:last year|a year ago)\b|去年|前年")]
    private static partial Regex AgeLastYear();

    [GeneratedRegex(@"(?<![\d.])\d{1,3}\s+(?:in|by|come|on)\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|christmas|xmas|the new year|new year|next|spring|summer|autumn|fall|winter)")]
    private static partial Regex AgeInAComingMonth();

    [GeneratedRegex(@"\b(?:now|currently|at the moment|these days|this year)\b|现在|目前|今年")]
    private static partial Regex Now();

    /// <summary>True when the answer's only figure is an age of the past ("got sick at 30", 58岁确诊的, "stroke at 52").</summary>
    public static bool OnlyPastAge(string prepared) =>
        PastAges(prepared) is var rest && rest != prepared && !rest.Any(char.IsAsciiDigit);

    /// <summary>The answer with its ages of the past blanked: those <see cref="SinceEventReader.AgeThen"/> reads, and an age an
    /// event happened at ("had a stroke at 52", "lupus diagnosis at 55").</summary>
    private static string PastAges(string prepared) => AgeAt().Replace(SinceEventReader.AgeThen().Replace(prepared, " "), " ");

    [GeneratedRegex(@"\b(?:at|aged)\s+(?:age\s+)?\d{1,2}\b(?!\s*(?:mg|%|am|pm|o\s*clock|[:.']\s*\d|years?\s+ago|months?|weeks?|days?|kg|lbs?))")]
    private static partial Regex AgeAt();

    /// <summary>
    /// The age now from a month and year of birth ("born feb 1955", "dob 03/2008", 1956年10月生的), or null; NaN when
    /// implausible, or when the birthday falls in this month (the day decides).
    /// </summary>
    public static double? FromBirthMonth(string prepared, DateOnly today)
    {
        var match = BirthMonth().Match(prepared);
        if (!match.Success)
        {
            return null;
        }

        var month = match.Groups["m"].Success
            ? Array.FindIndex(MonthNames, name => match.Groups["m"].Value.StartsWith(name, StringComparison.Ordinal)) + 1
            : SpokenNumber.TryParse(match.Groups["mm"].Value, out var written) ? (int)written : 0;
        var year = YearOfBirth(match.Groups["y"].Value, today) ?? 0;
        if (month is < 1 or > 12 || year < today.Year - 130 || year > today.Year || (year == today.Year && month > today.Month) || month == today.Month)
        {
            return double.NaN;
        }

        return month < today.Month ? today.Year - year : today.Year - year - 1;
    }

    /// <summary>The age reached this year by a year of birth alone ("born in 88" → 38 in 2026), or null; NaN when implausible.</summary>
    /// <param name="prepared">The prepared answer.</param>
    /// <param name="today">The person's today.</param>
    /// <param name="rest">The answer without the year of birth (where a stated age may remain).</param>
    public static double? FromBirthYear(string prepared, DateOnly today, out string rest)
    {
        var match = BirthYear().Match(prepared);
        rest = match.Success ? prepared.Remove(match.Index, match.Length) : prepared;
        if (!match.Success || YearOfBirth(match.Groups["y"].Value, today) is not { } year)
        {
            return null;
        }

        // 腊月, the twelfth month of the Chinese calendar, falls in January of the next year but for a few days: 56年腊月生的
        // was born early in 1957.
        year += match.Value.Contains("腊月", StringComparison.Ordinal) ? 1 : 0;
        return year > today.Year || year < today.Year - 130 ? double.NaN : today.Year - year;
    }

    /// <summary>A year of birth as written: "1955", "55" and 五五 (the latest such year not after today), 一九五五.</summary>
    private static int? YearOfBirth(string written, DateOnly today)
    {
        if (!SpokenNumber.TryParse(written, out var value))
        {
            return null;
        }

        var year = (int)value;
        return written.Length == 2 && year < 100 ? year + (year + 2000 > today.Year ? 1900 : 2000) : year;
    }

    private static int? Age(int year, int month, int day, DateOnly today)
    {
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(Math.Clamp(year, 1, 9999), month) || year is < 1890 || year > today.Year)
        {
            return null;
        }

        var age = today.Year - year;
        return today < new DateOnly(today.Year, month, day) ? age - 1 : age;
    }

    private static int Int(string text) => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : 0;

    private static bool IsConsecutive(Match match) =>
        SpokenNumber.TryParse(match.Groups["a"].Value, out var a) && SpokenNumber.TryParse(match.Groups["b"].Value, out var b) && b - a == 1;

    [GeneratedRegex(
        @"-?\s*something\b|\b\d0\s*s\b|\b(?:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b|" +
        @"\b(?:over|under|above|below|more than|less than|older than|younger than|almost|nearly|close to)\s+(?:\d|twenty|thirty|forty|fifty|sixty|seventy|eighty)|" +
        @"\b\d{1,3}\s*(?:-|–|to|or)\s*\d{1,3}\b|\b\d{1,3}\s*\+|" +
        @"多岁|几岁|[十二三四五六七八九]几|出头|来岁|(?:\d0|[五六七八九零〇]零|[0-9]{2})\s*后|(?<=\d|[十一二三四五六七八九])\s*多|快\s*(?:\d|[二三四五六七八九])|将近|不到|以上|以下")]
    private static partial Regex Vague();

    [GeneratedRegex("(?<a>[一二两三四五六七八九])(?<b>[二三四五六七八九])(?=岁|$)")]
    private static partial Regex ChineseAdjacent();

    [GeneratedRegex(@"\b(?:will be|ill be|ll be|turning|turn|gonna be|going to be)\s+(?<n>\d{1,3}|" + SpokenNumber.EnglishPattern + @")\b|明年(?:\s*(?:\d{1,2}|[一二三四五六七八九十]{1,2})\s*月(?:份)?(?:\s*\d{1,2}\s*[号日])?)?(?:就|就要|要)?(?:满)?(?<n>\d{1,3}|[一二三四五六七八九十]+)(?![\d一二三四五六七八九十]|\s*月)|\b(?<n>\d{1,3})\s+next\s+(?:week|month|year)\b")]
    private static partial Regex Turn();

    /// <summary>A word of the future an age is reached at: "next june", "in feb", "in 2 weeks", "soon", "birthday", 明年, 下个月, 生日, 过完年.</summary>
    [GeneratedRegex(
        @"\b(?:next|soon|turning|turn|turns|bday|birthday|coming\s+up|in\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|" +
        @"in\s+(?:a\s+(?:few\s+|couple\s+(?:of\s+)?)?|\d{1,2}\s*)(?:days?|weeks?|wks?|months?|mos?))\b|明年|下个?月|下周|下礼拜|生日|过完年|年底|马上|就要|快要")]
    private static partial Regex FutureCue();

    /// <summary>Words that place an age in the past or now ("70 in march, 71 now", "turned 71", 去年70): then the larger may
    /// be the age now, and the two are not read as now and next.</summary>
    [GeneratedRegex(@"\b(?:now|currently|already|turned|was|were|last|ago)\b|现在|已经|去年|刚满|刚过|满了")]
    private static partial Regex PastOrNow();

    /// <summary>Two ages offered as a choice ("45 or 46", "45/46", "45-46"): a vague age, not the age now and the next.</summary>
    [GeneratedRegex(@"\d\s*(?:or|/|-|–|to|或|还是)\s*\d")]
    private static partial Regex EitherAge();

    /// <summary>The next age written as such: in brackets ("41 (42 on valentines day)") or followed by when it comes ("71 on
    /// the 3rd of march", "42 by christmas", 42岁生日).</summary>
    [GeneratedRegex(@"[(（]\s*\d{1,3}(?![\d.])|(?<![\d.])\d{1,3}\s+(?:on|in|by|at|come|this|after)\b|(?<![\d.])\d{1,3}\s*岁?\s*生日")]
    private static partial Regex NextAgeShape();

    /// <summary>An age not reached yet: 还没满七十一, 没满71岁, "not 71 yet", "not yet 71".</summary>
    [GeneratedRegex(@"(?:还没满|没满|还没到|未满|还不满)\s*(?<n>" + SpokenNumber.ChinesePattern + @")\s*岁?|\bnot\s+(?:yet\s+)?(?<n>\d{1,3})(?:\s+yet)\b|\bnot\s+yet\s+(?<n>\d{1,3})\b")]
    private static partial Regex NotReached();

    /// <summary>A day or a month that dates the birthday ("the 3 rd", "12 th", 2月, 3号): no age.</summary>
    [GeneratedRegex(@"(?<![\d.])\d{1,2}\s*(?:st|nd|rd|th)(?![a-z])|(?<![\d.])\d{1,2}\s*(?:月|号|日)")]
    private static partial Regex DayOrMonth();

    /// <summary>A number that counts days, weeks or months ("in 2 weeks", 3个月): no age.</summary>
    [GeneratedRegex(@"\b\d{1,3}\s*(?:days?|weeks?|wks?|months?|mos?)\b|\d{1,3}\s*(?:个月|个星期|周|天|礼拜)")]
    private static partial Regex TimeLength();

    [GeneratedRegex(@"(?<!\d|\d\.)\d{1,3}(?!\d|\.\d)")]
    private static partial Regex WholeNumber();


    [GeneratedRegex(
        @"(?<![\d.])(?:(?<a>\d{1,2})\s*[/.-]\s*(?<b>\d{1,2})\s*[/.-]\s*(?<y>(?:19|20)\d{2})|(?<ymd>(?<y>(?:19|20)\d{2})\s*(?:[/.-]|年)\s*(?<a>\d{1,2})\s*(?:[/.-]|月)\s*(?<b>\d{1,2}))|" +
        @"(?<ymd>(?<y>\d{2})\s*年\s*(?<a>\d{1,2})\s*月\s*(?<b>\d{1,2})\s*(?:日|号))|" +
        // "born 9/14/54", "DOB 2/14/56": a year of two figures only where a word of birth says it is a date of birth.
        @"(?<=\b(?:born|dob|d\.o\.b\.?|date of birth|birthday)\b\W{0,6}(?:on\s+)?)(?<a>\d{1,2})\s*[/.-]\s*(?<b>\d{1,2})\s*[/.-]\s*(?<y>\d{2}))(?![\d])")]
    private static partial Regex BirthDate();

    private static readonly string[] MonthNames = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>A date of birth with the month in words: "15 July 1994", "march 3 1985", "Mar 3rd, 1985" (prepared: "3 rd").</summary>
    [GeneratedRegex(
        @"\b(?:(?<d>\d{1,2})\s*(?:st|nd|rd|th)?\s+(?:of\s+)?(?<m>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+(?<y>(?:19|20)\d{2})|" +
        @"(?<m>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?<d>\d{1,2})\s*(?:st|nd|rd|th)?,?\s+(?<y>(?:19|20)\d{2}))\b")]
    private static partial Regex NamedMonthDate();

    /// <summary>A month and year of birth without the day: "born feb 1955", "born in october of 1956", "born in May of '54", "dob 03/2008",
    /// 1956年10月生的, 2009年3月出生, 五五年三月生的.</summary>
    [GeneratedRegex(
        @"\b(?:born|b\.|dob|date of birth|birthday)\s*(?:is|was)?\s*(?:in|on|:)?\s*(?:(?<m>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+(?:of\s+|in\s+)?(?<y>(?:19|20)\d{2}|\d{2})|(?<mm>\d{1,2})\s*[/.-]\s*(?<y>(?:19|20)\d{2}))\b(?!\s*[/.-]\s*\d)|" +
        @"(?<![\d零〇一二三四五六七八九])(?<y>(?:19|20)\d{2}|\d{2}|[零〇一二三四五六七八九]{2}|[零〇一二三四五六七八九]{4})\s*年\s*(?<mm>\d{1,2}|十[一二]?|[一二三四五六七八九])\s*月份?\s*(?:的|生|出生|生人|出生的|生的)")]
    private static partial Regex BirthMonth();

    [GeneratedRegex(
        @"\b(?:born|b\.|dob|birth\s*year|year of birth)\s*(?:in|on|:)?\s*(?<y>(?:19|20)\d{2}|\d{2})\b|" +
        @"(?<y>(?:19|20)\d{2}|\d{2}|[零〇一二三四五六七八九]{2,4}|两千)\s*年(?:[正腊冬]月|年底|年初|年中)?(?:的|生|出生|生人|出生的|生的)")]
    private static partial Regex BirthYear();
}
