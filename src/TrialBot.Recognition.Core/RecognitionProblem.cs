namespace TrialBot.Recognition;

/// <summary>
/// The machine-readable reasons an answer was not understood (<see cref="Recognition{T}.Problem"/>), so that a dialog can
/// re-ask saying what was missing. The values are stable strings: store or compare them, never translate them.
/// </summary>
public static class RecognitionProblem
{
    /// <summary>Nothing was said (null, empty, whitespace or control characters only).</summary>
    public const string Empty = "empty";

    /// <summary>The answer is longer than <see cref="InputGuard.MaxLength"/> characters and was not read.</summary>
    public const string TooLong = "too-long";

    /// <summary>A yes/no question got neither a yes nor a no.</summary>
    public const string NotYesOrNo = "not-yes-no";

    /// <summary>No number was found where an amount or a count was expected.</summary>
    public const string NoNumber = "no-number";

    /// <summary>A number was found but it is not plausible for the question (an age of 250, a negative dose, a future date, 1e400).</summary>
    public const string OutOfRange = "out-of-range";

    /// <summary>A number was found without the unit the question needs (a lab value with no unit, "2 tablets" for a dose in mg, "3" for a length of time).</summary>
    public const string MissingUnit = "missing-unit";

    /// <summary>A unit was found that this question does not accept (creatinine in mmol/L, proteinuria as a ratio in mg/mmol).</summary>
    public const string UnknownUnit = "unknown-unit";

    /// <summary>No length of time or date was found.</summary>
    public const string NoTime = "no-time";

    /// <summary>No medicine of the catalog was named.</summary>
    public const string NoMedicine = "no-medicine";

    /// <summary>The answer holds several conflicting values, or only an upper bound ("less than a year"), or only a class of medicine ("steroids").</summary>
    public const string Ambiguous = "ambiguous";

    /// <summary>A date in a period not over yet ("this year", "this spring", 今年): the bot asks which month.</summary>
    public const string ThisYear = "this-year";

    /// <summary>A date in the current month or week ("this month", "since November" in November, 本月): the bot asks how many weeks or days ago.</summary>
    public const string ThisMonth = "this-month";

    /// <summary>A time measured from an event the answer does not date ("since I was diagnosed", "never changed", 从来没变过): the bot asks how long.</summary>
    public const string SinceEvent = "since-event";

    /// <summary>A number given only roughly ("seventy-something", "in my 30s", "a few years", "over 60", 七十多岁, 好几年): the bot asks for the figure.</summary>
    public const string VagueNumber = "vague-number";

    /// <summary>
    /// A time of on-and-off use ("on and off for years", "off and on since 2015", 断断续续吃了好几年): not the length of the
    /// current course; the bot asks how long the current course has gone on without a break.
    /// </summary>
    public const string OnAndOff = "on-and-off";

    /// <summary>An answer that only points back to an earlier message ("I told you already", "see above", 同上, 刚才不是发了吗):
    /// the bot asks for it here, as each question reads its own answer.</summary>
    public const string SaidBefore = "said-before";

    /// <summary>A message that only asks back about the question ("从啥时候算呀？是22年…还是…的时候？"): a figure in it belongs to
    /// the question, so nothing is read; the bot explains the question and asks it again.</summary>
    public const string QuestionAsked = "question-asked";
}
