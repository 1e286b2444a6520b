namespace TrialBot.Recognition.Tests;

/// <summary>Every recognizer answers every input with a result, never an exception.</summary>
public class HostileInputTests
{
    private static readonly MedicineRecognizer Medicines = new(Catalog.All);
    private static readonly DoseRecognizer Doses = new(Catalog.All);

    private static readonly Dictionary<string, Func<string?, string, (RecognitionOutcome Outcome, string? Problem)>> Recognizers = new()
    {
        ["yes-no"] = (text, culture) => Describe(YesNoRecognizer.Recognize(text, culture)),
        ["number"] = (text, culture) => Describe(NumberReader.Read(text, culture)),
        ["age"] = (text, culture) => Describe(AgeRecognizer.Recognize(text, culture)),
        ["elapsed-time"] = (text, culture) => Describe(ElapsedTimeRecognizer.Recognize(text, culture, Today.Date)),
        ["medicines"] = (text, culture) => Describe(Medicines.Recognize(text, culture, Today.Date)),
        ["dose"] = (text, culture) => Describe(Doses.Recognize(text, culture)),
        ["creatinine"] = (text, culture) => Describe(LabValueRecognizer.RecognizeCreatinine(text, culture)),
        ["proteinuria"] = (text, culture) => Describe(LabValueRecognizer.RecognizeProteinuria(text, culture)),
        ["iga"] = (text, culture) => Describe(LabValueRecognizer.RecognizeIgA(text, culture)),
    };

    private static readonly string?[] HostileTexts =
    [
        "😀😀😀",
        "8273 1923 0091 2 3 44 5 6.7.8 9-9-9 000",
        "'; DROP TABLE answers; --",
        "<b>yes</b><script>alert('x')</script>",
        "\u001b[31m\u0000\u0007red\u0008",
        "\u202Eyes",
        "123456789012345678901234567890",
        "1e400",
        "-5",
        "-1e400 mg/dL",
        "?!?!…",
        "NaN",
        "Infinity",
        "mg mg mg / / / 24h",
        "0x1F mg",
        "١٢٣",
        "since 9999",
        "in 9999",
        "12/31/9999",
        "since the year 1",
        "before 0001",
        "9999年12月",
        "公元1年",
        "10000000 years ago",
        "prednisone for 1e400 years, stopped in 9999, imuran 99999999999999999999 weeks ago",
        "甲氨蝶呤吃了九九九九九九九九九九年，9999年停了",
        "stopped " + string.Concat(Enumerable.Repeat("mycophenolate mofetil ", 12)) + "x 2 weeks",
        string.Concat(Enumerable.Repeat("march 3 2019 since last monday 5 years ago ", 10))[..InputGuard.MaxLength],
        string.Concat(Enumerable.Repeat("2019年3月5日三年前去年", 30))[..InputGuard.MaxLength],
    ];

    public static TheoryData<string, string> RecognizersAndCultures()
    {
        var data = new TheoryData<string, string>();
        foreach (var name in Recognizers.Keys)
        {
            foreach (var culture in new[] { "en-US", "zh-CN" })
            {
                data.Add(name, culture);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RecognizersAndCultures))]
    public void Nothing_said_is_empty(string recognizer, string culture)
    {
        foreach (var text in new[] { null, string.Empty, "   ", "\t\r\n", "\u0000\u0001" })
        {
            Assert.Equal((RecognitionOutcome.NotUnderstood, RecognitionProblem.Empty), Recognizers[recognizer](text, culture));
        }
    }

    [Theory]
    [MemberData(nameof(RecognizersAndCultures))]
    public void A_long_paste_is_too_long(string recognizer, string culture)
    {
        var paste = string.Concat(Enumerable.Repeat("I was diagnosed in March 2019, 3 years ago, taking 10 mg daily. ", 160))[..10_000];

        Assert.Equal((RecognitionOutcome.NotUnderstood, RecognitionProblem.TooLong), Recognizers[recognizer](paste, culture));
    }

    [Theory]
    [MemberData(nameof(RecognizersAndCultures))]
    public void Hostile_text_gets_a_result(string recognizer, string culture)
    {
        foreach (var text in HostileTexts)
        {
            var (outcome, problem) = Recognizers[recognizer](text, culture);

            Assert.True(Enum.IsDefined(outcome));
            Assert.Equal(outcome == RecognitionOutcome.NotUnderstood, problem is not null);
        }
    }

    [Theory]
    [MemberData(nameof(RecognizersAndCultures))]
    public void Overflowing_numbers_are_never_values(string recognizer, string culture)
    {
        foreach (var text in new[] { "1e400", "123456789012345678901234567890", "1e400 mg/dL", "123456789012345678901234567890 mg" })
        {
            var (outcome, _) = Recognizers[recognizer](text, culture);

            Assert.NotEqual(RecognitionOutcome.Recognized, outcome);
        }
    }

    private static (RecognitionOutcome, string?) Describe<T>(Recognition<T> result) => (result.Outcome, result.Problem);
}
