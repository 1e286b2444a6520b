using System.Globalization;
using System.Text.RegularExpressions;
using TrialBot.Recognition.Doses;
using TrialBot.Recognition.Medicines;
using TrialBot.Recognition.Numbers;
using TrialBot.Recognition.Text;
using TrialBot.Screening.Answers;
using TrialBot.Screening.Medicines;
using TrialBot.Screening.Quantities;

namespace TrialBot.Recognition;

/// <summary>
/// Reads a dose: the medicine, the amount and how often, giving the daily dose and its prednisone equivalent.
/// "Medrol 8 mg a day", "prednisone 10mg daily", "two 5 mg tablets" (10), "2 x 5mg" (10), "5 mg twice a day" (10),
/// "20 mg every other day" (10), "7.5 milligrams", "half a 10 mg tablet" (5), 每天10毫克泼尼松, 每天两片5毫克 (10),
/// 甲泼尼龙每天8毫克, 隔天20毫克 (10), "10 mg in the morning and 5 mg at night" (15).
/// </summary>
/// <remarks>
/// With no medicine named the caller's default is used (the steroid the person already named), else prednisone. With no
/// frequency, once a day. With several medicines named, the dose of the one corticosteroid among them is read, from the
/// figures written with its name ("prednisone 10 mg daily and Plaquenil 200 mg twice a day" is 10 mg of prednisone).
/// A range ("5-10 mg", "1 or 2 tablets") is not one dose and is ambiguous. A lone figure without a unit ("pred 7.5", "10")
/// is read as mg, tentatively: the person confirms it. A monthly or weekly dose ("Depo-Medrol 40 mg monthly") is spread
/// over its interval. The route (tablets or an injection or drip) and a pulse ("methylprednisolone 500 mg IV for 3 days",
/// 甲强龙冲击3天) are kept in <see cref="RecognizedDose.Schedule"/>: such a dose is not the oral daily dose the listing's
/// limits speak of.
/// </remarks>
public sealed partial class DoseRecognizer
{
    /// <summary>The problem code of a dose whose steroid is not known ("8mg a day, dont know the name"): steroids differ in
    /// strength, so the amount alone says nothing of the prednisone equivalent.</summary>
    public const string WhichSteroid = "which-steroid";

    /// <summary>The problem code of an amount beside a count of tablets that may be one tablet or all of them ("2 tabs 10mg").</summary>
    public const string EachOrTotal = "each-or-total";

    /// <summary>The largest plausible daily amount of any medicine, in mg (a methylprednisolone pulse is 1,000 mg).</summary>
    public const double MaxMgPerDay = 10_000;

    private const string PrednisoneId = "prednisone";

    /// <summary>The largest lone figure read as mg to confirm ("pred 7.5"); a larger one is more likely something else.</summary>
    private const double MaxBareMilligrams = 100;

    /// <summary>The most tablets a bare figure beside counted tablets can count on one day ("4 tabs one day and 2 the next").</summary>
    private const double MaxTabletsADay = 12;

    /// <summary>The least whole figure of a split dose read as mg: when every figure is below it, they count tablets.</summary>
    private const double LeastBareSplitMilligrams = 5;

    private readonly MedicineNameMatcher names;
    private readonly Medicine prednisone;

    /// <summary>Creates a recognizer for the medicines of <paramref name="catalog"/>, which must include "prednisone".</summary>
    /// <exception cref="ArgumentException">The catalog has no medicine with the id "prednisone".</exception>
    public DoseRecognizer(IEnumerable<Medicine> catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var medicines = catalog.ToList();
        prednisone = medicines.FirstOrDefault(m => m.Id == PrednisoneId)
            ?? throw new ArgumentException("The catalog needs the medicine 'prednisone', the default for doses.", nameof(catalog));
        names = new MedicineNameMatcher(medicines);
    }

    /// <summary>Reads the dose in <paramref name="text"/>.</summary>
    /// <param name="text">The answer, as typed.</param>
    /// <param name="culture">"en-US", "zh-CN" …; null or unknown reads as English.</param>
    /// <param name="defaultMedicine">The medicine meant when none is named (the one the person already said they take);
    /// null for prednisone.</param>
    /// <returns>The dose; <see cref="RecognitionProblem.NoNumber"/> without an amount; <see cref="RecognitionProblem.MissingUnit"/>
    /// for an amount without mg ("2 tablets", "10"); <see cref="RecognitionProblem.Ambiguous"/> for conflicting amounts,
    /// counts or frequencies, or several medicines with no single corticosteroid among them;
    /// <see cref="RecognitionProblem.OutOfRange"/> for a negative or implausibly large dose; unsure for "I don't know".</returns>
    public Recognition<RecognizedDose> Recognize(string? text, string? culture, Medicine? defaultMedicine = null) =>
        InputGuard.Normalize(text).Bind(normalized =>
        {
            var prepared = SizeWord().Replace(DigitAndAHalf().Replace(GluedTimes().Replace(WithoutFormerDose(AnswerText.Prepare(normalized)), "x $1"), "$1.5"), "$1 ");
            // "Wysolone 5mg 1-0-1": the tablets taken morning, noon and night, summed: said back to confirm.
            if (PerTabletStrength().IsMatch(prepared))
            {
                // "美卓乐一天仨，一片4毫克": a bare numeral after the time of day counts the tablets whose strength is said
                // (read as the strength alone before).
                prepared = BareChineseCount().Replace(prepared, "$1$2片");
            }

            var byTimesOfDay = TimesOfDayNotation.In(prepared);
            if (byTimesOfDay)
            {
                prepared = TimesOfDayNotation.AsTabletsADay(prepared);
            }

            if (SelfCorrection.LeftUnapplied(prepared))
            {
                // "six of the 5s... no sorry, seven now": a correction not understood; what it takes back is never read.
                return Recognition.NotUnderstood<RecognizedDose>(RecognitionProblem.Ambiguous);
            }

            var language = CultureLanguage.ForModels(culture, normalized);
            if (OfTheStrength().Match(prepared) is { Success: true } ofThe && !CountWord().IsMatch(ofThe.Groups["count"].Value.TrimStart('(', '（', '[', '"', '-')))
            {
                // "una y media of the 5 mg": tablets of a strength counted with words not read as a number: how many is asked,
                // never taken as one tablet.
                return Recognition.NotUnderstood<RecognizedDose>(RecognitionProblem.Ambiguous);
            }

            if (SelfCorrection.TakenBackAt(prepared) is { } takenBack && takenBack < prepared.Length
                && prepared[..takenBack].Any(char.IsAsciiDigit) && prepared[takenBack..].Any(c => char.IsAsciiDigit(c) || "一二两三四五六七八九十半".Contains(c))
                && SelfCorrection.Apply(prepared) == prepared)
            {
                // "强的松龙 早上3片下午3片……不对 早上是4片 下午3片": the dose said again after taking the first back is the
                // dose, to confirm; what was taken back is never read, so a correction that is no dose is asked about.
                // A correction of one part of a split dose ("早上2片中午2片，哦不对 中午是1片") is not the whole dose: asked.
                var named = names.FindAll(prepared[..takenBack]).Select(m => m.Medicine).FirstOrDefault();
                var again = TimeOfDay().Count(prepared[takenBack..]) < TimeOfDay().Count(prepared[..takenBack])
                    ? Recognition.NotUnderstood<RecognizedDose>(RecognitionProblem.Ambiguous)
                    : Recognize(Expanded(prepared[takenBack..]), language, named ?? defaultMedicine ?? prednisone, named is not null || defaultMedicine is not null);
                return again.IsRecognized ? again.AsTentative() : Recognition.NotUnderstood<RecognizedDose>(RecognitionProblem.Ambiguous);
            }

            var reading = Recognize(Expanded(prepared), language, defaultMedicine ?? prednisone, defaultMedicine is not null);
            if (DrawnConclusion.Of(prepared) is { } conclusion)
            {
                // "prednisone 5mg. so 15 a day", 泼尼松一片5毫克，所以一天15: the day's dose the person worked out at the end,
                // of the steroid named before it, said back to confirm; the whole answer's reading where the two agree.
                var named = reading.IsRecognized ? reading.Value!.Medicine : names.FindAll(prepared).Select(m => m.Medicine).FirstOrDefault();
                var concluded = Recognize(Expanded(conclusion), language, named ?? defaultMedicine ?? prednisone, named is not null || defaultMedicine is not null);
                if (concluded.IsRecognized
                    && !(reading.IsRecognized && Math.Abs(reading.Value!.DailyDose.MgPerDay - concluded.Value!.DailyDose.MgPerDay) < 1e-9))
                {
                    return concluded.AsTentative();
                }

                if (!concluded.IsRecognized && reading.IsRecognized && !SaysMilligrams(prepared, reading.Value!.DailyDose.MgPerDay))
                {
                    // "pred 20mg, so thats 4 tablets": a conclusion that is no dose, beside a reading worked out from the
                    // figures (80) rather than one said: which the dose is, is asked.
                    return Recognition.NotUnderstood<RecognizedDose>(RecognitionProblem.Ambiguous);
                }
            }

            if (reading.IsRecognized && !reading.IsTentative && AndOneOfAStrength().IsMatch(prepared)
                && !SaysMilligrams(prepared, reading.Value!.DailyDose.MgPerDay))
            {
                // "two 5s and a 2.5": one more tablet named by its bare strength, which the amounts read leave out; asked,
                // never the dose without it (read as 10 before). Beside the total said in mg ("7.5 mg qd (a 5 and a 2.5)")
                // or one that agrees ("12.5 a day, a 10 and a 2.5", to confirm) the reading stands.
                return Recognition.NotUnderstood<RecognizedDose>(RecognitionProblem.Ambiguous);
            }

            // "2 tabs of 10": the strength said without mg is read as mg, and said back to confirm.
            return TabletOfStrength().IsMatch(prepared) || byTimesOfDay ? reading.AsTentative() : reading;
        });

    /// <summary>A clock time's lead before a figure ("take at 8 in the morning", "around 7 every morning").</summary>
    [GeneratedRegex(@"\b(?:at|around|about|by|before|after|till|until)\s*$")]
    private static partial Regex ClockTimeBefore();

    /// <summary>What follows a bare figure that counts tablets: "3 of the …", "3 of the little white pills", "3 every morning",
    /// "2 a day" (checked at the figure's end).</summary>
    [GeneratedRegex(@"\G\s*(?:of\s+(?:the|my|those|these|them|her|his)\b|(?:(?:little|small|tiny|white|pink|yellow|orange|blue|round|big)\s+)*(?:pills?|tablets?|tabs?)\b|(?:every|each)\s+(?:morning|night|evening|day)\b|in\s+the\s+(?:morning|evening)\b|a\s+day\b|daily\b)")]
    private static partial Regex CountsTablets();

    /// <summary>A tablet's strength said as one tablet's: 一片4毫克, 每片5mg, 一粒5毫克.</summary>
    [GeneratedRegex(@"(?:一|每)(?:片|粒|颗)\s*(?:是|为|有)?\s*\d+(?:\.\d+)?\s*(?:毫克|mg)")]
    private static partial Regex PerTabletStrength();

    /// <summary>A bare Chinese numeral after the time of day, ending its clause: 一天仨 (三 by then), 每天两, 早上三.</summary>
    [GeneratedRegex(@"(一天|每天|每日|天天|早上|早晨|中午|晚上)\s*([一二两三四五六七八九十]|[2-9])(?=\s*(?:[，,。；;、]|$))")]
    private static partial Regex BareChineseCount();

    /// <summary>Whether the answer says <paramref name="mg"/> itself as a figure in mg (not only a figure it is worked out from).</summary>
    private static bool SaysMilligrams(string prepared, double mg) =>
        MilligramFigures().Matches(prepared).Any(m => double.TryParse(m.Groups["n"].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var said)
            && Math.Abs(said - mg) < 1e-9);

    /// <summary>A second figure offered instead of the first: "30mg. or is it still 40?", "10, or maybe 15", "20还是25来着".</summary>
    [GeneratedRegex(@"\d(?:\s*(?:mg|mgs|毫克|片|tablets?|tabs?|pills?))?\s*[.,，。?？]?\s*(?:or\s+(?:is\s+it|was\s+it|maybe|possibly|perhaps)|还是|或者是|也可能是)\s*(?:still|now|just|actually)?\s*\d")]
    private static partial Regex OtherFigureOffered();

    /// <summary>Tablets of a strength with the word before them: "2 of the 5mg", "una y media of the 5 mg", "half of my 10s".</summary>
    [GeneratedRegex(@"(?<count>\S+)\s+(?:(?:tablets?|tabs?|pills?|capsules?|caps?)\s+)?of\s+(?:the|my|those|these)\s+\d+(?:\.\d+)?\s*(?:mg|mgs|milligrams?|s)\b")]
    private static partial Regex OfTheStrength();

    /// <summary>A word that counts tablets: a figure, a number word, "half", "a", "an".</summary>
    [GeneratedRegex(@"^(?:\d+(?:\.\d+)?|½|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half|couple)$")]
    private static partial Regex CountWord();

    /// <summary>Tablets said by their strength written as mg ("2 tabs of 10", "of the 5s", "half of my 10mg").</summary>
    private static string Expanded(string prepared) =>
        HalfOfOne().Replace(CountedByStrength().Replace(TabletsByStrength().Replace(TabletOfStrength().Replace(prepared, "$1 mg"), "of the $1 mg"), "$1 mg"), "half a ");

    /// <summary>
    /// The answer without the dose a change started from: "dropped me from 60 to 40" is 40, "down to 15 from 20" 15,
    /// 从四片减到三片 三片, 20减到15 15.
    /// </summary>
    private List<MedicineMention> Mentions(string prepared)
    {
        var catalogMentions = names.FindAll(prepared);
        return catalogMentions.Concat(SteroidShorthand.FindAll(prepared, prednisone, catalogMentions)).OrderBy(m => m.Start).ToList();
    }

    private static string WithoutFormerDose(string prepared) =>
        FormerDose().Replace(prepared, m => new string(' ', m.Length));

    private Recognition<RecognizedDose> Recognize(string prepared, TextLanguage language, Medicine defaultMedicine, bool defaultSaid)
    {
        var mentions = Mentions(prepared);
        if (RouteReader.WithoutOtherInjections(prepared, mentions) is var current && current != prepared)
        {
            // "Prednisolone 20mg. (I had 3 IV pulses in hospital in Nov but I'm back on tablets)": the past pulses, another
            // medicine's drip, are no part of the dose now.
            prepared = current;
            mentions = Mentions(prepared);
        }

        var named = mentions.Select(m => m.Medicine).Distinct().ToList();
        if (HiddenSteroid().IsMatch(prepared))
        {
            // "泼尼松每天10毫克，但是中药丸里有没有激素、有多少，我不知道", "pred 10, plus the herbal pills, which might have
            // steroid in them": a steroid of unknown amount beside the dose said; the day's dose is not known.
            return Recognition.Unsure<RecognizedDose>();
        }

        if (named.Count == 0 && (NameNotGiven.In(prepared) || KindNotKnown().IsMatch(prepared)))
        {
            // "8mg a day. dont know the name sorry", 不知道是哪种激素: no default stands in for a steroid the person cannot name.
            return Recognition.NotUnderstood<RecognizedDose>(WhichSteroid);
        }

        if (Target(named, defaultMedicine) is not { } target)
        {
            return Recognition.NotUnderstood<RecognizedDose>(RecognitionProblem.Ambiguous);
        }

        var allNumbers = NumberFinder.FindAll(prepared, language);
        if (HasRange(prepared, allNumbers) || OtherFigureOffered().IsMatch(prepared))
        {
            return Recognition.NotUnderstood<RecognizedDose>(RecognitionProblem.Ambiguous);
        }

        if (RouteReader.Read(prepared) is not { } route)
        {
            // "Medrol tablets, and Solu-Medrol drips in hospital": which is the dose now is not clear.
            return Recognition.NotUnderstood<RecognizedDose>(RecognitionProblem.Ambiguous);
        }

        var frequencies = FrequencyReader.FindAll(prepared);
        var course = CourseReader.FindDays(prepared);
        var numbers = allNumbers
            .Where(n => !frequencies.Any(f => n.Overlaps(f.Start, f.End)) && !mentions.Any(m => n.Overlaps(m.Start, m.End))
                && !(course is { } days && n.Overlaps(days.Start, days.End)))
            .ToList();
        var (amounts, counts, others) = DoseAmountReader.Read(prepared, numbers);
        var tentative = false;
        var chinese = language == TextLanguage.Chinese;
        if (named.Count > 1)
        {
            var owners = new MedicineOwnership(mentions, amounts.Select(a => a.Start).Concat(counts.Select(c => c.Start)).Concat(frequencies.Select(f => f.Start)));
            amounts = amounts.Where(a => owners.Owner(a.Start, a.End) == target).ToList();
            counts = counts.Where(c => owners.Owner(c.Start, c.End) == target).ToList();
            frequencies = frequencies.Where(f => owners.Owner(f.Start, f.End) == target).ToList();
        }

        if (amounts.Count > 0 && (counts.Count > 0 || TabletsWithoutStrength.SaysTablets(prepared)) && TabletsWithoutStrength.SaysStrengthUnknown(prepared))
        {
            // "2 tablet. last time 5mg each but new box, i think different strength, i dont know": a strength the person
            // doubts makes no dose; the bot asks how many mg each tablet is.
            return Recognition.NotUnderstood<RecognizedDose>(RecognitionProblem.MissingUnit);
        }

        if (amounts.Count > 0 && CountUnknown().IsMatch(prepared))
        {
            // "box says 醋酸泼尼松片 5mg. she takes some every morning but I honestly dont know how many": the strength of a
            // tablet with how many unknown is no dose; never read as one tablet.
            return Recognition.NotUnderstood<RecognizedDose>(RecognitionProblem.Ambiguous);
        }

        if (others.Count > 1 && others.All(o => o.Value == others[0].Value) && !SplitsTheDay(prepared) && !SplitDayCounts.EachTimed(prepared, others)
            && !AlternateDays().IsMatch(prepared))
        {
            // "40 now, they dropped me from 60 to 40": the same figure said twice is one figure.
            others = [others[0]];
        }

        if (amounts.Count == 0 && counts.Count == 0 && others.Count > 1
            && AverageSaid(prepared, others.Select(o => new MassAmount(o.Start, o.End, o.Value)).ToList()) is { Milligrams: > 0 and <= MaxBareMilligrams } bareAverage)
        {
            // "alternating 30 and 10, which averages out to 20 a day": the average said without mg, read as mg, to confirm.
            amounts = [bareAverage];
            others = [];
            tentative = true;
        }

        if (amounts.Count == 0 && counts.Count == 0 && AlternateDays().IsMatch(prepared)
            && others.Where(o => !(o.Value == 1 && DayAfter().IsMatch(prepared, o.End))).ToList() is [var bareOne, var bareNext]
            && bareOne.Value is > 0 and <= MaxBareMilligrams && bareNext.Value is > 0 and <= MaxBareMilligrams)
        {
            // "pred 20 one day, 10 the next": alternate days said without mg, read as mg (the question asks for mg).
            amounts = [new MassAmount(bareOne.Start, bareOne.End, bareOne.Value), new MassAmount(bareNext.Start, bareNext.End, bareNext.Value)];
            others = [];
        }

        if (amounts.Count == 0 && counts.Count == 0 && others is [var bare] && bare.Value is > 0 and <= MaxBareMilligrams
            && !TabletsWithoutStrength.Applies(prepared))
        {
            // "pred 7.5", 泼尼松7.5, "10": the question asks for mg, so a lone figure is almost surely mg: to confirm. Not
            // beside tablets or "dont know the mg" ("the white pills, 3 a day"): a count, whose strength is asked.
            amounts = [new MassAmount(bare.Start, bare.End, bare.Value)];
            tentative = true;
        }

        if (others is [var saidTotal] && saidTotal.Value is > 0 and <= MaxBareMilligrams
            && ((amounts.Count == 0 && counts.Count > 0
                    && (TabletsOrTotal.SaidAsTotal(prepared, saidTotal.Start, saidTotal.End)
                        || (counts is [var countedTablets] && TabletsOrTotal.BareIsTotal(saidTotal.Value, countedTablets, target, chinese))))
                || (amounts.Count > 0 && counts.Count > 1 && TabletsOrTotal.SaidAsTotal(prepared, saidTotal.Start, saidTotal.End))))
        {
            // "两片半，一共12.5", "3 tabs, 15 in total", "强的松一片半 7.5": the total in mg, with the tablets that make it: to
            // confirm; so too beside the strength of the tablets of several intakes ("早上一粒（5毫克），夜里再吃半粒，加起来7.5").
            amounts = [new MassAmount(saidTotal.Start, saidTotal.End, saidTotal.Value)];
            counts = [];
            others = [];
            tentative = true;
        }

        if (amounts.Count == 0 && counts.Count == 0 && DayTotalOfSplit(prepared, others) is { } dayTotal)
        {
            // "强的松一天25 早上20晚上5", "25 a day, 20 in the morning and 5 at night": the day's total and how it is split.
            amounts = [new MassAmount(dayTotal.Start, dayTotal.End, dayTotal.Value)];
            others = [];
            tentative = true;
        }

        if (amounts.Count == 0 && counts.Count == 0 && SplitDayCounts.EachTimed(prepared, others)
            && others.All(o => o.Value is > 0 and <= MaxBareMilligrams) && others.Any(o => o.Value >= LeastBareSplitMilligrams || o.Value % 1 != 0)
            && !TabletsWithoutStrength.Applies(prepared))
        {
            // "10 in the morning 5 at night", "medrol 8 in the morning and 4 at night", 早上10晚上5: a dose split over the day,
            // each figure in mg: to confirm. Small whole figures only ("2 in the morning 1 at night") are tablets, whose
            // strength is asked.
            amounts = others.Select(o => new MassAmount(o.Start, o.End, o.Value)).ToList();
            tentative = true;
        }

        if (amounts.Count == 0 && counts.Count > 0 && (named.Count > 0 || defaultSaid) && chinese
            && target.TabletStrengthsMg.For(chinese) is [var onlyStrength] && !TabletsWithoutStrength.SaysStrengthUnknown(prepared))
        {
            // 强的松一天吃8片, 泼尼松每天一片半, or 现在2片半 of the prednisone named among the medicines: in China prednisone
            // comes in one strength (5 mg), so the tablets tell the dose: said back to confirm.
            amounts = [new MassAmount(counts[0].End, counts[0].End, onlyStrength)];
            tentative = true;
        }

        if (amounts is [var ofOne] && counts.Count == 0 && PerUnitStrength.Around(prepared, ofOne.Start, ofOne.End) is var (unitStart, unitEnd)
            && SplitDayCounts.Total(prepared, amounts, counts, others) is null && !AlternateDays().IsMatch(prepared))
        {
            // "Prednisolone 8 biji every morning, each one 5mg", "6 of them, 5mg each", 早上8个，每个5毫克: the mg is one unit's,
            // counted by a word not read as tablets; the one figure beside it that can count them does, to confirm. The
            // strength of one unit is never the day's dose: without such a figure, how many is asked.
            if (others.Where(o => !o.Overlaps(unitStart, unitEnd) && o.Value is > 0 and <= MaxTabletsADay && o.Value % 0.5 == 0).ToList() is not [var units])
            {
                return Recognition.NotUnderstood<RecognizedDose>(RecognitionProblem.Ambiguous);
            }

            counts = [new TabletCount(units.Start, units.End, units.Value)];
            others = [];
            tentative = true;
        }

        if (amounts is [var strengthSaid] && counts.Count == 0
            && others.Where(o => !o.Overlaps(strengthSaid.Start, strengthSaid.End) && CountsTablets().IsMatch(prepared, o.End)
                && !ClockTimeBefore().IsMatch(prepared[..o.Start])).ToList() is [var counted]
            && counted.Value is > 0 and <= MaxTabletsADay && counted.Value % 0.5 == 0)
        {
            // "3 of the little white pills every morning … ok its prednisone 5mg", "she takes 3 every morning. the box says
            // prednisone 5 mg": the tablets counted in one sentence and their strength in another; never the strength alone
            // (read as 5 before). Said back to confirm.
            counts = [new TabletCount(counted.Start, counted.End, counted.Value)];
            others = others.Where(o => o.Start != counted.Start).ToList();
            tentative |= counted.Value != 1;
        }

        if (counts.Any(c => c.Count > MaxTabletsADay))
        {
            // "prednisone 5mg tablets, 15 a day": more tablets than anyone takes in a day is a total in mg, or a slip; asked,
            // never multiplied out (read as 75 before).
            return Recognition.NotUnderstood<RecognizedDose>(RecognitionProblem.Ambiguous);
        }

        if (amounts.Count == 0)
        {
            return counts.Count > 0 || others.Count > 0 ? Recognition.NotUnderstood<RecognizedDose>(RecognitionProblem.MissingUnit)
                : UnsureLexicon.IsUnsure(prepared) ? Recognition.Unsure<RecognizedDose>()
                : Recognition.NotUnderstood<RecognizedDose>(RecognitionProblem.NoNumber);
        }

        if (!Additive().IsMatch(prepared) && TotalAgreeingWithTablets(amounts, counts) is { } agreed)
        {
            // "25mg, 5 of the 5s": the day's total, and the tablets that make it (not "10mg and 2 x 5mg": those add up).
            amounts = [agreed];
            counts = [];
        }

        if (amounts is [var strength] && counts is [var tabletsOfIt] && others is [var bareTotal] && bareTotal.End <= tabletsOfIt.Start
            && JustBefore().IsMatch(prepared[bareTotal.End..tabletsOfIt.Start]))
        {
            // "pred 12.5 - two and a half of the 5mg tabs": a bare total and the tablets that make it, which agree; "20, three
            // of the 5mg ones" disagree, and the person is asked.
            if (Math.Abs((strength.Milligrams * tabletsOfIt.Count) - bareTotal.Value) >= 1e-9)
            {
                return Recognition.NotUnderstood<RecognizedDose>(RecognitionProblem.Ambiguous);
            }

            others = [];
        }

        if (amounts.Count > 1 && AverageSaid(prepared, amounts) is { } average)
        {
            // "单日20mg双日10mg，平均一天15mg", "20 one day 10 the next, averages 15 a day": the average the person worked out
            // is the day's dose, said back to confirm.
            amounts = [average];
            counts = [];
            others = [];
            frequencies = [];
            tentative = true;
        }

        if (amounts is [var strengthOfEach] && AlternateDays().IsMatch(prepared)
            && AlternateCounts(prepared, strengthOfEach, counts, others) is [var countOneDay, var countNextDay])
        {
            // "隔天吃，一天4片一天2片，一片5mg", "4 tabs one day and 2 the next, 5mg each": on average half the tablets of the
            // two days a day, said back to confirm.
            amounts = [new MassAmount(strengthOfEach.Start, strengthOfEach.End, strengthOfEach.Milligrams * (countOneDay + countNextDay) / 2)];
            counts = [];
            others = [];
            frequencies = [];
            tentative = true;
        }

        if (amounts is [var oneDay, var nextDay] && counts.Count == 0 && AlternateDays().IsMatch(prepared))
        {
            // "15mg pred one day then 5mg the next", 隔天15和5: on average half their sum a day, said back to confirm.
            amounts = [new MassAmount(oneDay.Start, nextDay.End, (oneDay.Milligrams + nextDay.Milligrams) / 2)];
            frequencies = [];
            tentative = true;
        }

        if (!Additive().IsMatch(prepared) && StrengthAndTotal.Total(prepared, amounts) is { } total)
        {
            // "一片5mg，一天20mg": the day's total is the dose; the tablets counted are already in it. Not "10mg plus half a
            // 5mg tablet": those add up.
            amounts = [total];
            counts = [];
        }

        if (amounts is [var said] && counts is [var count] && TabletsOrTotal.Read(prepared, said, count, target, chinese) is var reading
            && reading != TabletsOrTotal.Reading.Strength)
        {
            if (reading == TabletsOrTotal.Reading.Unclear)
            {
                return Recognition.NotUnderstood<RecognizedDose>(EachOrTotal);
            }

            // "3 tablets, 15mg in all", "强的松三片 15mg": the day's total, with the tablets that make it.
            counts = [];
            tentative |= reading == TabletsOrTotal.Reading.TotalInferred;
        }

        var perIntakeMg = SplitDayCounts.Total(prepared, amounts, counts, others) is { } tablets
            ? amounts[0].Milligrams * tablets
            : PerIntakeMilligrams(amounts, counts, SplitsTheDay(prepared));
        var frequency = Frequency(frequencies, splitDose: amounts.Count > 1);
        if (perIntakeMg is not { } mg || frequency is not { } often)
        {
            return Recognition.NotUnderstood<RecognizedDose>(RecognitionProblem.Ambiguous);
        }

        var mgPerDay = mg * often.Intakes / often.IntervalDays;
        if (!double.IsFinite(mgPerDay) || mgPerDay < 0 || mgPerDay > MaxMgPerDay)
        {
            return Recognition.NotUnderstood<RecognizedDose>(RecognitionProblem.OutOfRange);
        }

        var daily = DailyDose.FromMgPerDay(mgPerDay);
        var equivalent = target.EquivalentToPrednisone5Mg is > 0 ? PrednisoneEquivalent.Of(target, daily) : (DailyDose?)null;
        var dose = Recognition.Of(new RecognizedDose(target, named.Count > 0, daily, equivalent)
        {
            Schedule = Schedule(prepared, mg, often, route, course?.Days, frequencyStated: frequencies.Count > 0),
        });
        return tentative || FigureHedge.In(prepared) ? dose.AsTentative() : dose;
    }

    /// <summary>
    /// How the dose is given: a pulse is named ("pulse", 冲击) or is an injection given for some days ("IV 500 mg x 3
    /// days"); the days of a course are read only beside a pulse or an injection (beside a daily tablet they are the time
    /// on the dose).
    /// </summary>
    private static DoseSchedule Schedule(string prepared, double intakeMg, DoseFrequency often, DoseRoute route, int? courseDays, bool frequencyStated)
    {
        var namesPulse = CourseReader.NamesPulse(prepared);
        var days = namesPulse || route == DoseRoute.Injected ? courseDays : null;
        return new DoseSchedule(intakeMg, often.Intakes, often.IntervalDays)
        {
            Route = route,
            Pulse = namesPulse || days is not null,
            CourseDays = days,
            FrequencyStated = frequencyStated,
        };
    }

    /// <summary>The medicine the dose is of: the one named, the one corticosteroid among several named, or the default; null when unclear.</summary>
    private static Medicine? Target(List<Medicine> named, Medicine defaultMedicine) => named switch
    {
        [] => defaultMedicine,
        [var one] => one,
        _ => named.Where(m => m.Class == MedicineClass.Corticosteroid).ToList() is [var steroid] ? steroid : null,
    };

    /// <summary>
    /// The mg of one intake: one amount times its tablet count ("two 5 mg tablets"), or the sum of several amounts when the
    /// answer splits the day ("10 mg in the morning and 5 mg at night"); null when conflicting.
    /// </summary>
    private static double? PerIntakeMilligrams(List<MassAmount> amounts, List<TabletCount> counts, bool splitsTheDay)
    {
        if (amounts.Count > 1 && !splitsTheDay)
        {
            return null;
        }

        var countsByAmount = counts.ToLookup(c => amounts.MinBy(a => Math.Max(0, Math.Max(a.Start - c.End, c.Start - a.End))));
        double total = 0;
        foreach (var amount in amounts)
        {
            var own = countsByAmount[amount].ToList();
            if (own.Count > 1)
            {
                // "一天三片，一片5毫克", "2 tablets, 1 tab is 5 mg": the count of one states the tablet's strength.
                own = own.Where(c => c.Count != 1).ToList();
            }

            if (own.Count > 1)
            {
                return null;
            }

            total += amount.Milligrams * (own.Count == 1 ? own[0].Count : 1);
        }

        return total;
    }

    /// <summary>
    /// The one frequency said, or once a day when none; null when several differ. For a split dose only an interval longer
    /// than a day counts ("10 mg in the morning and 5 mg at night, every other day"): the parts already make up the day.
    /// </summary>
    private static DoseFrequency? Frequency(IEnumerable<DoseFrequencyMention> mentions, bool splitDose)
    {
        var said = mentions.Select(m => splitDose ? new DoseFrequency(1, m.Frequency.IntervalDays) : m.Frequency)
            .Where(f => !splitDose || f.IntervalDays > 1)
            .Distinct()
            .ToList();
        return said switch
        {
            [] => DoseFrequency.OnceDaily,
            [var one] => one,
            _ => null,
        };
    }

    private static bool SplitsTheDay(string prepared) => TimeOfDay().IsMatch(prepared);

    /// <summary>True when two numbers form a range ("5-10 mg", "two or three tablets", "2 or 3 times a day", 1到2片): the dose is not one figure.</summary>
    private static bool HasRange(string prepared, IReadOnlyList<NumberMention> numbers) =>
        numbers.Zip(numbers.Skip(1)).Any(pair => pair.First.End <= pair.Second.Start && RangeJoint().IsMatch(prepared[pair.First.End..pair.Second.Start])
            && !(pair.First.Value > pair.Second.Value && CountOfTablets().IsMatch(prepared[pair.Second.End..])));

    /// <summary>"day" right after a number ("one day … the next"): the "one" is no dose.</summary>
    [GeneratedRegex(@"\G\s*day\b")]
    private static partial Regex DayAfter();

    /// <summary>
    /// The tablets of two alternate days, beside one strength: the counts ("一天4片一天2片") less a single tablet the
    /// strength is said of (一片5mg), or one count and a bare figure after it ("4 tabs one day and 2 the next").
    /// </summary>
    private static List<double> AlternateCounts(string prepared, MassAmount strength, IReadOnlyList<TabletCount> counts, IReadOnlyList<NumberMention> others)
    {
        var days = counts.Where(c => !(c.Count == 1 && (c.End <= strength.Start ? prepared[c.End..strength.Start] : strength.End <= c.Start ? prepared[strength.End..c.Start] : "x").Trim().Length == 0)).ToList();
        if (days is [var first] && others.Where(o => o.Start > first.End && !(o.Value == 1 && DayAfter().IsMatch(prepared, o.End))).ToList() is [var next]
            && next.Value is > 0 and <= MaxTabletsADay && next.Value % 0.5 == 0)
        {
            return [first.Count, next.Value];
        }

        return days.Select(c => c.Count).ToList();
    }

    /// <summary>The amount the answer gives as the average a day ("平均一天15mg", "15 a day on average", "averages 15mg"), if one.</summary>
    private static MassAmount? AverageSaid(string prepared, IReadOnlyList<MassAmount> amounts)
    {
        foreach (var amount in amounts)
        {
            var before = prepared[Math.Max(0, amount.Start - 16)..amount.Start];
            var after = prepared[amount.End..Math.Min(prepared.Length, amount.End + 24)];
            if (AverageBefore().IsMatch(before) || AverageAfter().IsMatch(after))
            {
                return amount;
            }
        }

        return null;
    }

    [GeneratedRegex(@"(?:平均(?:下来)?(?:每天|一天|每日|日)?|\bon average\b|\ban average of\b|\baverag(?:e|es|ing)(?:\s+(?:out|about|around))?(?:\s+(?:to|at|of))?|\bavg(?:\s+of)?)\s*(?:about|around|like|is|was|约|大概|是)?\s*$")]
    private static partial Regex AverageBefore();

    [GeneratedRegex(@"^\s*(?:mg|mgs|milligrams?|毫克)?\s*(?:a day|per day|daily|/day|每天|一天)?\s*(?:on average|averaged|average)\b")]
    private static partial Regex AverageAfter();

    /// <summary>Two doses taken on alternate days: "alternating", "on alternate days", "one day … the next", 隔天, 一天15一天5 (not
    /// "every other day", the frequency of one dose).</summary>
    [GeneratedRegex(@"\balternat(?:e|es|ing|ed)\b|\bone day\b.{0,40}\b(?:the )?next(?: day)?\b|隔天|隔日|单双日|单日.{0,16}双日|轮着|轮流|交替|一天\s*[\d.]+\s*(?:mg|毫克)?\s*[，,]?\s*一天\s*[\d.]+")]
    private static partial Regex AlternateDays();

    /// <summary>Only a separator between a figure and the tablets after it: ", ", " - ", " so ", "i.e.", 就是.</summary>
    [GeneratedRegex(@"^[\s,，;:：()（）\-–—=]*(?:so|ie|i\.e\.|thats|that is|which is|就是|也就是)?[\s,，;:：()（）\-–—=]*$")]
    private static partial Regex JustBefore();

    /// <summary>A count of tablets after a dash and a larger figure ("12.5 - two and a half of the 5mg tabs"): the tablets
    /// that make the figure, no range (a range rises: "1到2片").</summary>
    [GeneratedRegex(@"^\s*(?:and\s+a\s+half\s+|半)?(?:of\b|x\b|tabs?\b|tablets?\b|pills?\b|片|粒)")]
    private static partial Regex CountOfTablets();

    [GeneratedRegex(
        @"\bfrom\s+\d+(?:\.\d+)?\s*(?:mg|mgs|milligrams?|tabs?|tablets?|pills?)?(?=\s+(?:down\s+|up\s+|back\s+)?to\s+\d)|" +
        @"(?<=\b(?:down|up|back|dropped|reduced|cut|increased|raised|lowered|went)\s+to\s+\d+(?:\.\d+)?\s*(?:mg|mgs|milligrams?)?)\s*,?\s*from\s+\d+(?:\.\d+)?\s*(?:mg|mgs|milligrams?|tabs?|tablets?)?|" +
        @"(?:从|由)?\s*(?:\d+(?:\.\d+)?|[一二两三四五六七八九十半]+)\s*(?:mg|毫克|片|粒)?\s*(?=(?:减|降|加|改|调|换)(?:到|成|为|至)\s*(?:\d|[一二两三四五六七八九十半]))|" +
        @"\bused\s+to\s+(?:be|take|have)\s+(?:\d+(?:\.\d+)?|one|two|three|four|five|six|eight)\s*(?:mg|mgs|milligrams?|tabs?|tablets?|pills?)?|" +
        @"(?:以前|之前|原来|本来|先前|过去)(?:是|吃|用)?(?:一天|每天)?\s*(?:\d+(?:\.\d+)?|[一二两三四五六七八九十半]+)\s*(?:mg|毫克|片|粒)")]
    private static partial Regex FormerDose();

    /// <summary>"5 mg x2": the count glued to its "x" is the same as "x 2", which the number readers find.</summary>
    [GeneratedRegex(@"(?<![a-z])x(\d)")]
    private static partial Regex GluedTimes();

    /// <summary>A figure said in mg ("7.5 mg", "12.5mg").</summary>
    [GeneratedRegex(@"(?<![\d.])(?<n>\d+(?:\.\d+)?)\s*(?:mg|mgs|milligrams?|毫克)(?![a-z])")]
    private static partial Regex MilligramFigures();

    /// <summary>One more tablet named by a bare strength after "and", "plus" or "+": "and a 2.5", "plus one 5".</summary>
    [GeneratedRegex(@"(?:\band|\bplus|\+)\s+(?:a|an|one)\s+\d+(?:\.\d+)?(?![\d./])(?!\s*(?:mg|mgs|milligrams?|g|grams?|mcg|µg|μg|%|毫克|克|days?|weeks?|wks?|months?|years?|hours?|hrs?|times?|x|s)\b)")]
    private static partial Regex AndOneOfAStrength();

    /// <summary>How many tablets is not known: "dont know how many", "not sure how many she takes", "takes some every morning",
    /// 不知道吃几片, 吃几粒不清楚.</summary>
    [GeneratedRegex(@"\b(?:dont|do not|didnt|not sure|no idea|unsure|cant remember|cant say|forget|forgot|dunno)\s+(?:know\s+|remember\s+|say\s+)?how\s+many\b|\btakes?\s+some\s+(?:of\s+(?:them|those|these|it)\s+)?(?:every|each|a|in|at|daily)\b|(?:不知道|不清楚|不记得|记不清)(?:她|他|我妈|我爸)?(?:吃|用)?几(?:片|粒|颗)|几(?:片|粒|颗)[^，。,.]{0,3}(?:不知道|不清楚|记不清)")]
    private static partial Regex CountUnknown();

    /// <summary>Words that add one amount to another: "and", "plus", "+", 和, 加, 还有; not "and a half" that ends a count
    /// ("two 5s and a half"), nor 加 of a dose raised (加回两片, 加到20, 增加).</summary>
    [GeneratedRegex(@"\b(?:and(?!\s+a\s+half\s*(?:[),.;!?]|$))(?!(?<=(?:\b(?:one|two|three|four|five|six|seven|eight|nine|ten)|\d)\s+and)\s+a\s+half\b)|plus|with)\b|\+|和|(?<![增追])加(?![回到量至了为成])|还有|另外")]
    private static partial Regex Additive();

    /// <summary>
    /// Another remedy that may hold a steroid, the amount not known: herbal or folk medicine (中药丸里有没有激素, 可能掺了激素,
    /// "the herbal pills might have steroids in them", "not sure if the chinese medicine has steroid").
    /// </summary>
    [GeneratedRegex(@"(?:中药|中成药|药丸|丸子|丸药|偏方|土方|草药|老中医|保健品)[^。.!?！？]{0,30}?(?:可能|也许|说不定|怕是|好像|估计|听说|据说|不知道)?(?:掺|含|加|放)了?(?:有)?激素|(?:中药|中成药|药丸|丸子|丸药|偏方|土方|草药|保健品)[^。.!?！？]{0,12}?(?:有没有|含不含|有多少)激素|\b(?:herbal|chinese medicine|tcm|traditional medicine|folk|supplements?|remed(?:y|ies))\b[^.!?]{0,40}?\b(?:might|may|could|probably|possibly)\s+(?:have|contain|hav)\s+(?:some\s+)?steroids?\b|\bnot\s+sure\s+(?:if|whether)\s+(?:the\s+)?(?:herbal|chinese medicine|tcm|traditional medicine|supplements?|remed(?:y|ies))\b[^.!?]{0,30}?\bsteroids?\b")]
    private static partial Regex HiddenSteroid();

    /// <summary>The person says they do not know which steroid it is ("not sure which one", 不知道是哪种); not knowing its
    /// name is <see cref="NameNotGiven"/>.</summary>
    [GeneratedRegex(@"\b(?:dont|do not|cant|not sure|unsure|no idea|forgot|forget)\s+(?:\w+\s+){0,2}?(?:which\s+(?:one|steroid|kind|type)|which|the\s+kind|the\s+type)\b|(?:不知道|不记得|记不得|忘了|不清楚)(?:它|这个药|药)?(?:是哪种|哪种|是什么药|什么药)")]
    private static partial Regex KindNotKnown();

    /// <summary>"half of one of the 50mg tablets", "half of my 10mg": half a tablet of that strength.</summary>
    /// <summary>A count in digits and a half ("2 and a half of the 5 mg", "1 and 1/2 tablet", "1 1/2", "1½"): one figure,
    /// 2.5 or 1.5, as "two and a half" reads.</summary>
    [GeneratedRegex(@"(?<![\d.])(\d+)(?:\s+and\s+a\s+half\b|\s+and\s+1/2(?![\d/])|\s+1/2(?![\d/])|\s*½)")]
    private static partial Regex DigitAndAHalf();

    /// <summary>A word of a tablet's look between "of the" and its strength ("7 of the little 5mg ones", "two of the white
    /// 10s"): left out, so that the tablets are counted by their strength.</summary>
    [GeneratedRegex(@"(\bof\s+(?:the|my|those|these))\s+(?:little|small|tiny|big|bigger|large|white|round|yellow|orange|pink|blue|new|old|usual|regular)\s+(?=\d)")]
    private static partial Regex SizeWord();

    /// <summary>A bare strength after a tablet word ("half a tablet of 5", "2 tabs of 10"): milligrams.</summary>
    [GeneratedRegex(@"(?<=\b(?:tablets?|tabs?|pills?)\s+of\s+)(\d+(?:\.\d+)?)(?!\s*(?:[a-z%µμ]|毫克|克|[\d.]))")]
    private static partial Regex TabletOfStrength();

    [GeneratedRegex(@"\bhalf\s+(?:of\s+)?(?:one\s+of\s+)?(?:the|my|a|an|those|these)\s+")]
    private static partial Regex HalfOfOne();

    /// <summary>Tablets named by their strength in the plural ("three and a half of the 5s", "two of my 10s"): of that many mg.</summary>
    [GeneratedRegex(@"\bof (?:the|my|those|these)\s+(\d+(?:\.\d+)?)\s*s\b")]
    private static partial Regex TabletsByStrength();

    /// <summary>Tablets counted by their strength in the plural ("two 5s", "2 10's"): so many of that many mg.</summary>
    [GeneratedRegex(@"(?<=\b(?:\d+(?:\.\d+)?|one|two|three|four|five|six)\s+)(\d+(?:\.\d+)?)\s*s\b")]
    private static partial Regex CountedByStrength();

    [GeneratedRegex(@"^\s*(?:片|粒|颗|tablets?|tabs?|pills?|mg|毫克)?\s*(?:-|–|~|to|or|到|至|或|或者|或是|还是)\s*$")]
    private static partial Regex RangeJoint();

    [GeneratedRegex(@"\b(?:morning|mornings|noon|midday|lunch|lunchtime|breakfast|dinner|dinnertime|supper|afternoon|evening|evenings|night|nights|bedtime|am|pm)\b|早上|早晨|上午|中午|下午|晚上|睡前|午饭|午餐|中饭|早|晚")]
    private static partial Regex TimeOfDay();

    /// <summary>The figure that is the sum of the others when each of those is said with its time of day and none has a
    /// unit ("25 a day, 20 in the morning and 5 at night"): the day's total; null otherwise.</summary>
    private static NumberMention? DayTotalOfSplit(string prepared, List<NumberMention> figures)
    {
        if (figures.Count < 3)
        {
            return null;
        }

        foreach (var total in figures)
        {
            var parts = figures.Where(f => f != total).ToList();
            if (total.Value is > 0 and <= MaxBareMilligrams && Math.Abs(parts.Sum(p => p.Value) - total.Value) < 1e-9
                && (SplitDayCounts.EachTimed(prepared, parts) || (total.End <= parts[0].Start && PartsJoined(prepared, parts))))
            {
                return total;
            }
        }

        return null;
    }

    /// <summary>True when each part follows the one before joined only by "and" or "+" ("a 5 and a 2.5", 5+2.5, 一个5一个2.5):
    /// the tablets that make a total said before them, not a taper ("7.5, then 5, then 2.5").</summary>
    private static bool PartsJoined(string prepared, List<NumberMention> parts) =>
        parts.Zip(parts.Skip(1)).All(pair => pair.First.End <= pair.Second.Start && PartJoint().IsMatch(prepared[pair.First.End..pair.Second.Start]));

    [GeneratedRegex(@"^\s*(?:and|\+|&|plus|和|加|跟|,|，)?\s*(?:a|an|one|1|一个|一片|一粒)?\s*$")]
    private static partial Regex PartJoint();

    /// <summary>Of two amounts, the one that is the other times its tablet count ("25mg, 5 of the 5 mg"); null otherwise.</summary>
    private static MassAmount? TotalAgreeingWithTablets(List<MassAmount> amounts, List<TabletCount> counts)
    {
        if (amounts.Count != 2 || counts.Count != 1)
        {
            return null;
        }

        var (first, second) = (amounts[0], amounts[1]);
        var count = counts[0].Count;
        return Math.Abs(first.Milligrams - (second.Milligrams * count)) < 1e-9 ? first
            : Math.Abs(second.Milligrams - (first.Milligrams * count)) < 1e-9 ? second
            : null;
    }
}
