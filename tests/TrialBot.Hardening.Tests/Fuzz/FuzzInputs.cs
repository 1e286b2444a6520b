using System.Text;

namespace TrialBot.Hardening.Tests.Fuzz;

/// <summary>
/// The utterances thrown at every question: a fixed table of hostile inputs (empty, whitespace, emoji, other scripts,
/// 10,000-character pastes, digit soup, SQL and HTML, control characters, 30-digit numbers, "1e400", "-5", NUL, inputs
/// at the length cap), then seeded random ones (random Unicode, digit soup, numbers with units, mutated real answers,
/// answers meant for other questions). The same seed gives the same inputs.
/// </summary>
internal static class FuzzInputs
{
    /// <summary>The longest answer the recognizers read (TrialBot.Recognition.InputGuard.MaxLength).</summary>
    public const int LengthCap = 300;

    private const int PasteLength = 10_000;

    private static readonly string[] Units = ["mg", "毫克", "g/L", "mg/dL", "µmol/L", "umol/l", "g/24h", "years", "months", "weeks", "days", "岁", "年", "个月", "周", "天", "%", "片", "tablets"];
    private static readonly string[] DateWords = ["three years ago ", "in March 2019 ", "since 2021 ", "last week ", "half a year ", "6 months ", "the day before yesterday ", "2019-03-01 ", "tomorrow "];
    private static readonly string[] ChineseDateWords = ["确诊三年了", "2019年3月", "半年前", "两个月", "上周", "从2021年起", "前天", "十二周"];

    /// <summary>Characters from the scripts and blocks that fuzzing draws from (start, length).</summary>
    private static readonly (int Start, int Length)[] Blocks =
    [
        (0x0000, 0x0020), (0x0020, 0x005F), (0x00A0, 0x0060), (0x0300, 0x0070), (0x0400, 0x0100), (0x0600, 0x0100),
        (0x0900, 0x0080), (0x2000, 0x0070), (0x3000, 0x0040), (0x4E00, 0x5200), (0xFF00, 0x00F0), (0x1F300, 0x0300),
    ];

    /// <summary>The fixed table, the same for every question.</summary>
    public static IReadOnlyList<FuzzInput> Table { get; } = BuildTable();

    /// <summary>
    /// The table, then <paramref name="randomCount"/> seeded random inputs for a question whose real answer (in the
    /// script being fuzzed) is <paramref name="realAnswer"/>; <paramref name="otherAnswers"/> are the answers to the other questions.
    /// </summary>
    public static IReadOnlyList<FuzzInput> For(string realAnswer, IReadOnlyList<string> otherAnswers, int randomCount, int seed)
    {
        var random = new Random(seed);
        var inputs = new List<FuzzInput>(Table.Count + randomCount);
        inputs.AddRange(Table);
        for (var i = 0; i < randomCount; i++)
        {
            inputs.Add((i % 7) switch
            {
                0 => new FuzzInput("random-unicode", RandomUnicode(random, random.Next(1, 80))),
                1 => new FuzzInput("digit-soup", DigitSoup(random, random.Next(1, 60))),
                2 => new FuzzInput("number-with-unit", NumberWithUnit(random)),
                3 => new FuzzInput("mutated-answer", Mutate(random, realAnswer)),
                4 => new FuzzInput("other-question-answer", Mutate(random, otherAnswers[random.Next(otherAnswers.Count)], mutations: random.Next(0, 2))),
                5 => new FuzzInput("date-words-at-cap", Repeat(random.Next(2) == 0 ? Shuffled(random, DateWords) : Shuffled(random, ChineseDateWords), random.Next(LengthCap - 20, LengthCap + 1))),
                _ => new FuzzInput("random-paste", RandomUnicode(random, random.Next(LengthCap, 3 * LengthCap))),
            });
        }

        return inputs;
    }

    private static List<FuzzInput> BuildTable()
    {
        var table = new List<FuzzInput>();
        void Add(string category, params string[] texts) => table.AddRange(texts.Select(text => new FuzzInput(category, text)));

        Add("empty", "");
        Add("whitespace", " ", "   ", "\t\n\r ", "\u3000\u00A0\u2003", "\n\n\n\n");
        Add("nul", "\0", "45\0", "\0\0\0", "yes\0no", "\0" + new string('1', 20));
        Add("emoji", "😀", "👍🏽👍🏽", "🧬💊🩺", "4️⃣5️⃣", "👨‍👩‍👧‍👦", "🇨🇳");
        Add("other-scripts", "مرحبا، عمري خمسة وأربعون عامًا", "٤٥", "Мне сорок пять лет", "да", "मेरी उम्र पैंतालीस साल है", "४५", "Γεια σου", "こんにちは", "안녕하세요", "שלום", "ภาษาไทย");
        Add("thirty-digit-number", "123456789012345678901234567890", "-123456789012345678901234567890", "123456789012345678901234567890 mg",
            "123456789012345678901234567890岁", "0.000000000000000000000000000001", "123456789012345678901234567890 years ago");
        Add("extreme-number", "1e400", "-1e400", "1e-400", "1e400 mg", "-5", "-5 years", "-5 mg", "-5岁", "0", "00000", "NaN", "Infinity", "-Infinity",
            "∞", "½", "0x1F", "1,000,000,000,000", "9.9.9.9", "--5", "+-5", new string('9', LengthCap), new string('9', LengthCap + 1));
        Add("sql", "'; DROP TABLE bot_state; --", "1' OR '1'='1", "\"; DELETE FROM referral; --", "45; SELECT * FROM referral", "Robert'); DROP TABLE bot_state;--");
        Add("html", "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "</div><iframe src=javascript:alert(1)>", "<b>45</b>", "&lt;45&gt;", "<!--");
        Add("injection", "{{7*7}}", "${jndi:ldap://127.0.0.1/x}", "%s%s%s%n", "../../etc/passwd", "{\"type\":\"message\"}", "\\u0000", "[object Object]", "null", "undefined");
        Add("control", "\u0001\u0002\u0003\u001b[31m", "\u007f\u0085", "\u200b\u200c\u200d\ufeff", "\u202eevil", "\ud800", "\udc00abc", "a\ud83d", "e\u0301\u0301\u0301\u0301\u0301");
        Add("paste-10000", new string('a', PasteLength), Repeat(DateWords, PasteLength), Repeat(ChineseDateWords, PasteLength), new string('7', PasteLength),
            Repeat(["😀"], PasteLength), Repeat(["yes "], PasteLength), Repeat(["\0"], PasteLength), Repeat([" "], PasteLength), Repeat(["prednisone 10 mg "], PasteLength));
        Add("length-cap", Repeat(DateWords, LengthCap - 1), Repeat(DateWords, LengthCap), Repeat(DateWords, LengthCap + 1),
            Repeat(ChineseDateWords, LengthCap), Repeat(["prednisone 10 mg daily and "], LengthCap), Repeat(["四十五"], LengthCap), Repeat(["1.5 "], LengthCap));
        return table;
    }

    private static string Repeat(string[] parts, int length)
    {
        var text = new StringBuilder(length + 32);
        for (var i = 0; text.Length < length; i++)
        {
            text.Append(parts[i % parts.Length]);
        }

        return text.ToString(0, length);
    }

    private static string[] Shuffled(Random random, string[] parts)
    {
        var copy = (string[])parts.Clone();
        random.Shuffle(copy);
        return copy;
    }

    private static string RandomUnicode(Random random, int length)
    {
        var text = new StringBuilder(length);
        while (text.Length < length)
        {
            var (start, size) = Blocks[random.Next(Blocks.Length)];
            text.Append(char.ConvertFromUtf32(start + random.Next(size)));
        }

        return text.ToString();
    }

    private static string DigitSoup(Random random, int length)
    {
        const string soup = "0123456789012345678901234567890123456789.,-/+eE :";
        return string.Concat(Enumerable.Range(0, length).Select(_ => soup[random.Next(soup.Length)]));
    }

    private static string NumberWithUnit(Random random)
    {
        var number = random.Next(6) switch
        {
            0 => random.Next(-1000, 1000).ToString(System.Globalization.CultureInfo.InvariantCulture),
            1 => (random.NextDouble() * 1000).ToString("0.###", System.Globalization.CultureInfo.InvariantCulture),
            2 => string.Concat(Enumerable.Range(0, random.Next(16, 40)).Select(_ => (char)('0' + random.Next(10)))),
            3 => $"1e{random.Next(300, 500)}",
            4 => $"-{random.Next(1, 100)}",
            _ => random.Next(2) == 0 ? "四十五" : "forty five",
        };
        var unit = Units[random.Next(Units.Length)];
        return random.Next(2) == 0 ? $"{number} {unit}" : number + unit;
    }

    private static string Mutate(Random random, string answer, int? mutations = null)
    {
        var text = new StringBuilder(answer);
        var count = mutations ?? random.Next(1, 6);
        for (var i = 0; i < count; i++)
        {
            var at = random.Next(text.Length + 1);
            switch (random.Next(4))
            {
                case 0:
                    text.Insert(at, RandomUnicode(random, random.Next(1, 4)));
                    break;
                case 1 when text.Length > 0:
                    text.Remove(Math.Min(at, text.Length - 1), 1);
                    break;
                case 2:
                    text.Insert(at, answer);
                    break;
                default:
                    text.Insert(at, DigitSoup(random, random.Next(1, 6)));
                    break;
            }
        }

        return text.ToString();
    }
}
