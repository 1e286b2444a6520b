using System.Text.RegularExpressions;
using TrialBot.Recognition.Ages;
using TrialBot.Recognition.Models;
using TrialBot.Recognition.Numbers;
using TrialBot.Recognition.Text;

namespace TrialBot.Recognition;

/// <summary>
/// Reads a person's age in whole years: "42", "forty-two", "I'm 45", "im 45 yrs", "just turned 18", "45 years old",
/// 35岁, 我今年三十五岁. The age model reads "45 years old" and 35岁; a bare number (which the age model misses, as in
/// "I'm 45") is read by the number model.
/// </summary>
public static partial class AgeRecognizer
{
    /// <summary>The youngest plausible age in years.</summary>
    public const int MinYears = 1;

    /// <summary>The oldest plausible age in years.</summary>
    public const int MaxYears = 120;

    private const double MonthsPerYear = 12;
    private const double WeeksPerYear = 52.1775;
    private const double DaysPerYear = 365.2425;

    /// <summary>Reads the age in <paramref name="text"/>.</summary>
    /// <param name="text">The answer, as typed.</param>
    /// <param name="culture">"en-US", "zh-CN" …; null or unknown reads as English.</param>
    /// <returns>Whole years (a fraction is rounded down); <see cref="RecognitionProblem.OutOfRange"/> outside
    /// <see cref="MinYears"/>–<see cref="MaxYears"/> (0, 250, -5, a year of birth); <see cref="RecognitionProblem.NoNumber"/>;
    /// <see cref="RecognitionProblem.Ambiguous"/> for several different ages; unsure for "I don't know".</returns>
    public static Recognition<int> Recognize(string? text, string? culture) => Recognize(text, culture, DateOnly.FromDateTime(DateTime.Now));

    /// <summary>
    /// True when <paramref name="text"/> states someone's age now or reached in words that say so ("she turned 71", "I'm 18
    /// now", "72 years old", 已经满71了, 今年71岁): in a reply to another question a bare figure ("no its feb 20") is no age,
    /// nor is one still to come (明年夏天才满18).
    /// </summary>
    /// <param name="text">The reply, as typed.</param>
    /// <returns>True when an age is stated as one.</returns>
    public static bool StatesAnAge(string? text) =>
        !string.IsNullOrWhiteSpace(text) && StatedAge().IsMatch(AnswerText.Fold(text));

    /// <summary>Reads the age in <paramref name="text"/>, with a date or year of birth measured up to <paramref name="today"/>.</summary>
    /// <param name="text">The answer, as typed.</param>
    /// <param name="culture">"en-US", "zh-CN" …; null or unknown reads as English.</param>
    /// <param name="today">The person's today (the conversation's clock).</param>
    /// <returns>As <see cref="Recognize(string?, string?)"/>; a year of birth alone is the age reached this year, tentative
    /// (to confirm); a full date of birth the exact age; <see cref="RecognitionProblem.VagueNumber"/> for a rough age
    /// ("seventy-something", "in my 30s", "over 60", 七十多岁).</returns>
    public static Recognition<int> Recognize(string? text, string? culture, DateOnly today) =>
        InputGuard.Normalize(text).Bind(normalized =>
        {
            var reading = Recognize(AnswerText.Prepare(OtherMeasures.Blank(Durations.CalendarDateReader.WithShortYearsInFull(normalized, today))), CultureLanguage.ForModels(culture, normalized), today);
            if (!reading.IsRecognized && !reading.IsUnsure && FirstSentenceAge().Match(AnswerText.Prepare(normalized)) is { Success: true } first
                && int.TryParse(first.Groups["n"].Value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var said)
                && said is > 0 and <= 120)
            {
                // "50了。狼疮是2018年在上海仁济确诊的…": the age in a sentence of its own, then a story with other figures that
                // the reading could not weigh: the age, to confirm.
                return Recognition.Tentative(said);
            }

            // "29 and holding 😉", "forever 21 lol": an age said as a joke is said back before anything is decided on it.
            // "she is 70 to", "im 60 for": a word that sounds like a number right after the figure is how dictation
            // writes "seventy-two" or "sixty-four"; the figure is said back, never taken as it stands. An age of a child
            // (under 16) is said back too: for a screening of adults it is more likely a figure misread than the age.
            return reading.IsRecognized && (Joking().IsMatch(normalized.ToLowerInvariant()) || DictatedDigit().IsMatch(normalized.ToLowerInvariant()) || reading.Value < ChildAge)
                ? reading.AsTentative()
                : reading;
        });

    /// <summary>A number followed only by a word that sounds like a digit ("70 to", "60 for", "30 ate"), as voice typing
    /// writes a spoken number.</summary>
    [GeneratedRegex(@"\d\s+(?:to|too|for|fore|ate|won)\s*[.!?]*\s*$")]
    private static partial Regex DictatedDigit();

    /// <summary>An age said as a joke: "and holding", "forever 21", "years young", "jk", a wink (not a mere "lol", said of
    /// anything).</summary>
    [GeneratedRegex(@"\band\s+holding\b|\bforever\s+\d|\byears?\s+young\b|\bjk\b|😉|😜|永远\d|永远十八")]
    private static partial Regex Joking();

    /// <summary>A first sentence that is only an age ("50了。", "55.", "I'm 62!"), with more after it.</summary>
    [GeneratedRegex(@"^\s*(?:i'?m|im|i am|she'?s|shes|she is|he'?s|hes|he is|我|她|他|我妈|我爸)?\s*(?:今年)?\s*(?<n>\d{1,3})\s*(?:岁|周岁|了|years?\s+old|yrs?|yo)?\s*了?\s*[.!。！]\s*\S")]
    private static partial Regex FirstSentenceAge();

    /// <summary>Under this age, an age read is said back to confirm.</summary>
    private const int ChildAge = 16;

    /// <summary>A year of two figures followed, in its clause, by a word of birth (生的, 出生, 生人, 属鸡).</summary>
    [GeneratedRegex(@"(?<!\d)(?<y>\d{2})年(?<rest>(?:[^，,。.；;\d月]{0,12}?)(?:生的|出生|生人|生(?![病活孩娃完宝了二小])|属[鼠牛虎兔龙蛇马羊猴鸡狗猪]))")]
    private static partial Regex TwoFigureBirthYear();

    /// <summary>The year of two figures as a full year: the latest not after this year ("98" → 1998, "05" → 2005).</summary>
    private static string FullYear(string twoFigures, DateOnly today)
    {
        var yy = int.Parse(twoFigures, System.Globalization.CultureInfo.InvariantCulture);
        var year = 2000 + yy > today.Year ? 1900 + yy : 2000 + yy;
        return year.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>A year of birth with no month: 2004年出生, 2004年生的.</summary>
    [GeneratedRegex(@"(?<y>(?:19|20)\d{2})\s*年(?:出生|生)")]
    private static partial Regex BirthYearAlone();

    /// <summary>The month of a birthday said on its own: 三月生日, 3月份的生日, 生日是三月, 生日在3月.</summary>
    [GeneratedRegex(@"(?<m>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])\s*月份?的?\s*生日|生日(?:是|在)?\s*(?<m>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])\s*月")]
    private static partial Regex BirthdayMonth();

    /// <summary>A year of birth said the Taiwanese way, counted from the Republic's first year: 93年次, 58年次.</summary>
    [GeneratedRegex(@"(?<!\d)(?<y>\d{2,3})\s*年次")]
    private static partial Regex RepublicBirthYear();

    private static Recognition<int> Recognize(string prepared, TextLanguage language, DateOnly today)
    {
        // 周岁 is the completed age the question asks ("周岁十七"), not a number of weeks (周).
        prepared = prepared.Replace("周岁", "岁", StringComparison.Ordinal);

        // 93年次 (Taiwan) is the year of birth counted from 1912, the first year of the Republic: born in 2004.
        prepared = RepublicBirthYear().Replace(prepared, m => (int.Parse(m.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture) + 1911).ToString(System.Globalization.CultureInfo.InvariantCulture) + "年出生");

        // 98年发大水那年生的, 81年属鸡的: a year of two figures with a word of birth after it is the year of birth.
        prepared = TwoFigureBirthYear().Replace(prepared, m => FullYear(m.Groups["y"].Value, today) + "年出生");

        // "2004年出生，三月生日": the birthday's month is the month of birth of that year.
        if (BirthYearAlone().Match(prepared) is { Success: true } born && BirthdayMonth().Match(prepared) is { Success: true } birthday)
        {
            prepared = prepared.Remove(birthday.Index, birthday.Length).Insert(birthday.Index, " ");
            prepared = BirthYearAlone().Replace(prepared, born.Groups["y"].Value + "年" + birthday.Groups["m"].Value + "月出生", 1);
        }
        if (NominalAge().IsMatch(prepared))
        {
            // 虚岁 counts a year at birth and another at each new year: it is not the completed age (周岁) the question
            // asks. Beside a completed age it is left out ("周岁27，虚岁28"); alone the bot asks.
            prepared = NominalAge().Replace(prepared, " ");
            if (!AnyNumber().IsMatch(prepared))
            {
                return Recognition.NotUnderstood<int>(RecognitionProblem.VagueNumber);
            }
        }

        if (AgeCues.WithoutPastAges(prepared) is { } withoutThen)
        {
            // "50. I've had lupus since I was 34", "50, diagnosed at 34": the age then is not the age now; the rest is read,
            // to confirm.
            return Recognize(withoutThen, language, today) is { IsRecognized: true } ageNow ? ageNow.AsTentative() : Recognition.NotUnderstood<int>(RecognitionProblem.Ambiguous);
        }

        if (AgeCues.OnlyPastAge(prepared))
        {
            // "got sick at 30", 58岁确诊的: only the age at an event, which is not the age now: the person is asked.
            return Recognition.NotUnderstood<int>(RecognitionProblem.Ambiguous);
        }

        if (AgeCues.FromBirthDate(prepared, today) is { } exact)
        {
            return double.IsNaN(exact) ? Recognition.NotUnderstood<int>(RecognitionProblem.Ambiguous) : ToWholeYears(exact);
        }

        if (AgeCues.FromBirthMonth(prepared, today) is { } fromMonth)
        {
            // "born feb 1955", 1956年10月生的: the age now, worked out, so said back to confirm; in the birthday's own month
            // the day decides, and the person is asked.
            return double.IsNaN(fromMonth) ? Recognition.NotUnderstood<int>(RecognitionProblem.Ambiguous) : ToWholeYears(fromMonth).AsTentative();
        }

        if (AgeCues.FromBirthYear(prepared, today, out var rest) is { } reached)
        {
            if (double.IsNaN(reached))
            {
                return Recognition.NotUnderstood<int>(RecognitionProblem.OutOfRange);
            }

            // A stated age beside the year of birth ("38, born in 88") is the age when the two agree.
            var stated = Stated(rest, language);
            return stated switch
            {
                [] => ToWholeYears(reached).AsTentative(),
                [var age] when Math.Abs(age - reached) <= 1 => ToWholeYears(age),
                _ => Recognition.NotUnderstood<int>(RecognitionProblem.Ambiguous),
            };
        }

        if (UnreadBirthDate().IsMatch(prepared) || AgeByOthers().IsMatch(prepared))
        {
            // "born 12/05", "born on the 5th, 54": a date of birth not read is never an age: the person is asked.
            return Recognition.NotUnderstood<int>(RecognitionProblem.Ambiguous);
        }

        if (AgeCues.WithoutAgeNotReached(prepared) is { } notReached)
        {
            // "我妈今年七十，还没满七十一，生日在五月", "70, not 71 yet": the age, and the next one not reached: the age. Alone
            // (还没满18) it only bounds the age, and the person is asked.
            return Stated(BirthdayMonth().Replace(notReached.Others, " "), language) switch
            {
                [var reachedNow] when reachedNow == notReached.NotYet - 1 => ToWholeYears(reachedNow),
                [] => Recognition.NotUnderstood<int>(RecognitionProblem.VagueNumber),
                _ => Recognition.NotUnderstood<int>(RecognitionProblem.Ambiguous),
            };
        }

        if (AgeCues.NowAndNext(prepared) is { } now)
        {
            return ToWholeYears(now);
        }

        if (AgeCues.ExactBesideRough(prepared) is { } besideRough)
        {
            // "mid forties… 46": the exact age, said back to confirm.
            return ToWholeYears(besideRough).AsTentative();
        }

        if (AgeCues.IsVague(prepared))
        {
            return Recognition.NotUnderstood<int>(RecognitionProblem.VagueNumber);
        }

        if (AgeCues.Turning(prepared) is { } turning)
        {
            return ToWholeYears(turning - 1);
        }

        if (AgeCues.ChildsAgeBesideAnother(prepared))
        {
            // "我40，孩子12岁", "45, my son is 12": a child's age beside another; which is the age of the person with lupus
            // is for the person to say (a parent typing for a 17-year-old would agree to their own 45).
            return Recognition.NotUnderstood<int>(RecognitionProblem.Ambiguous);
        }

        if (AgeCues.OneAgeOfAnotherTime(prepared))
        {
            // "去年70", "I was 70 last year", "72 in march": one age said of another time than now, which may be this
            // year's or the next: the person is asked for the age now.
            return Recognition.NotUnderstood<int>(RecognitionProblem.Ambiguous);
        }

        if (AgeCues.WithoutDaysOfTheYear(prepared) is { } undated)
        {
            // "i turned 18 on nov 25": the day of a birthday is no age.
            prepared = undated;
        }

        var years = Stated(HalfYear().Replace(prepared, " "), language);
        if (years.Count == 2 && NumberFinder.FindAll(prepared, language) is [var said, var corrected]
            && SelfCorrection.TakesBackBetween(prepared, said.End, corrected.Start))
        {
            // "thirty eight. wait no, thirty nine": the figure said after taking the first back.
            return ToWholeYears(corrected.Value);
        }

        return years switch
        {
            [] => UnsureLexicon.IsUnsure(prepared) ? Recognition.Unsure<int>() : Recognition.NotUnderstood<int>(RecognitionProblem.NoNumber),
            [var value] => ToWholeYears(value),
            _ => Recognition.NotUnderstood<int>(RecognitionProblem.Ambiguous),
        };
    }

    /// <summary>The ages stated: one plain number in digits is read without the models ("34", "im 45 yrs"); else the age and number models.</summary>
    private static List<double> Stated(string prepared, TextLanguage language)
    {
        var digits = Digits().Matches(prepared);
        if (digits.Count == 1 && !Letters().IsMatch(Digits().Replace(WordsAroundAnAge().Replace(prepared, " "), " ")))
        {
            return [double.Parse(digits[0].Value, System.Globalization.CultureInfo.InvariantCulture)];
        }

        return StatedByModels(prepared, language);
    }

    private static List<double> StatedByModels(string prepared, TextLanguage language)
    {
        var years = AgesInYears(prepared, language);
        if (years.Count == 0)
        {
            years = NumberFinder.FindAll(prepared, language).Select(n => n.Value).Distinct().ToList();
        }

        return years;
    }

    private static List<double> AgesInYears(string prepared, TextLanguage language) =>
        RecognizerModels.Ages(prepared, language)
            .Select(r => (Value: NumberFinder.ParseValue(r.Resolution), Unit: r.Resolution?.GetValueOrDefault("unit")?.ToString()))
            .Select(a => a.Unit switch
            {
                "Month" => a.Value / MonthsPerYear,
                "Week" => a.Value / WeeksPerYear,
                "Day" => a.Value / DaysPerYear,
                _ => a.Value,
            })
            .Distinct()
            .ToList();

    /// <summary>
    /// An age told by another's or by a count of cycles ("5 years younger than my husband", 比我老公小5岁, 第四个本命年): its
    /// numbers are not the age, and the person is asked.
    /// </summary>
    [GeneratedRegex(@"\b\d+\s*(?:years?|yrs?)\s+(?:younger|older)\s+than\b|\b(?:younger|older)\s+than\s+(?:my|her|his|me|him|them|us)\b.{0,30}\d|比[^，。；,]{1,8}(?:小|大)\s*[\d一二两三四五六七八九十]+\s*岁|第\s*[\d一二两三四五六七八九十]+\s*个本命年|本命年.{0,6}第\s*[\d一二两三四五六七八九十]+\s*个")]
    private static partial Regex AgeByOthers();

    /// <summary>A number soon after "born", "dob" or 出生 that no reader of birth dates took: part of a date of birth.</summary>
    [GeneratedRegex(@"\b(?:born|dob|d\.o\.b|date of birth)\b[^.,;，。；]{0,20}\d|出生[^，。；]{0,6}\d|\d[^，。；]{0,6}(?:出生|生人)")]
    private static partial Regex UnreadBirthDate();

    /// <summary>"and a half", 半: a part of a year, which a whole age drops ("33 and a half" is 33).</summary>
    [GeneratedRegex(@"\s*(?:and\s+a\s+half|\.5\b)|(?<=岁|\d)半")]
    private static partial Regex HalfYear();

    [GeneratedRegex("-?[0-9]+")]
    private static partial Regex Digits();

    [GeneratedRegex(@"[a-z]|" + ScriptDetector.HanClass)]
    private static partial Regex Letters();

    /// <summary>The words around a plain age: "im", "age:", "years old", "yo", 岁, 今年, 我 …</summary>
    /// <summary>A nominal age, 虚岁 with its number on either side: "虚岁28", "28岁（虚岁）"; a number before 虚岁 is its own only when none follows ("周岁33（虚岁34）").</summary>
    [GeneratedRegex(@"虚岁\s*(?:是)?\s*[\d一二两三四五六七八九十]+\s*岁?|[\d一二两三四五六七八九十]+\s*岁?\s*[(（]?\s*虚岁(?!\s*(?:是)?\s*[\d一二两三四五六七八九十])\s*[)）]?")]
    private static partial Regex NominalAge();

    [GeneratedRegex(@"[\d一二两三四五六七八九十]")]
    private static partial Regex AnyNumber();

    [GeneratedRegex(@"\b(?:i\s*am|im|i\s*m|age|aged|my age is|years?|yrs?|yr|old|y/o|yo|y\.o\.|just|turned|now|this year|currently|only)\b|周岁|岁|今年|我|了|已经|刚满|满|年龄|是")]
    private static partial Regex WordsAroundAnAge();

    private static Recognition<int> ToWholeYears(double years)
    {
        var whole = Math.Floor(years);
        return double.IsFinite(whole) && whole >= MinYears && whole <= MaxYears
            ? Recognition.Of((int)whole)
            : Recognition.NotUnderstood<int>(RecognitionProblem.OutOfRange);
    }

    [GeneratedRegex(@"\b(?:turned|(?:i|she|he)\s*(?:m|s|am|is)\s+(?:now\s+|already\s+|only\s+)?\d|(?:is|am)\s+(?:now|already)\s+\d)|\d{1,3}\s*(?:years?\s+old|yrs?\s+old|yo\b|y/o)|已经满?\s*(?:\d{1,3}|[一二三四五六七八九十]+)|满\s*(?:\d{1,3}|[一二三四五六七八九十]+)\s*(?:周)?岁?了|今年\s*(?:\d{1,3}|[一二三四五六七八九十]+)\s*(?:周)?岁")]
    private static partial Regex StatedAge();
}
