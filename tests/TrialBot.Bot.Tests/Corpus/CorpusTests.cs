using TrialBot.Screening.Definition;
using Xunit.Abstractions;

using TrialBot.Corpus;

namespace TrialBot.Bot.Tests.Corpus;

/// <summary>
/// The corpus of how people answer (tests/corpus), read with the bot's own answer reader: no reading anywhere flips a
/// criterion, and each language's development and validation parts are read as expected at least 97 % of the time.
/// The validation part is what measures generalisation: no rule is tuned against it.
/// </summary>
public sealed class CorpusTests(ITestOutputHelper output)
{
    private const double Required = 0.97;
    private const int AnswersPerQuestionAndLanguage = 40;
    private const int ValidationPerQuestionAndLanguage = 20;

    [Fact]
    public void Every_screening_question_has_enough_answers_in_each_language_and_a_third_of_the_corpus_is_for_validation()
    {
        var definition = TrialDefinitionLoader.Load(Path.Combine(AppContext.BaseDirectory, "trials", "NCT05765006.json"));
        var rows = CorpusFile.All;
        var short_ = new List<string>();
        foreach (var question in definition.Questions)
        {
            foreach (var language in new[] { "en", "zh" })
            {
                var answers = rows.Where(row => row.QuestionId == question.Id && row.Language == language).ToList();
                var validation = answers.Count(row => row.Part == CorpusRow.Validation);
                if (answers.Count < AnswersPerQuestionAndLanguage || validation < ValidationPerQuestionAndLanguage)
                {
                    short_.Add($"{question.Id}/{language}: {answers.Count} answers, {validation} for validation");
                }
            }
        }

        Assert.True(short_.Count == 0, "Too few answers:\n" + string.Join('\n', short_));
        Assert.True(rows.Count(row => row.Part == CorpusRow.Validation) * 3 >= rows.Count, "Less than a third of the corpus is for validation.");
    }

    [Fact]
    public void Each_question_only_the_second_trial_asks_has_validation_answers_of_its_own()
    {
        var lead = TrialDefinitionLoader.Load(Path.Combine(AppContext.BaseDirectory, "trials", CorpusReader.LeadTrial + ".json"));
        const string second = "NCT06038474";
        var definition = TrialDefinitionLoader.Load(Path.Combine(AppContext.BaseDirectory, "trials", second + ".json"));
        var own = definition.Questions.Where(question => lead.FindQuestion(question.Id) is null).Select(question => question.Id).ToList();
        Assert.NotEmpty(own);

        var short_ = own
            .Select(id => (id, count: CorpusFile.All.Count(row => row.QuestionId == $"{second}:{id}" && row.Part == CorpusRow.Validation)))
            .Where(pair => pair.count < 10)
            .Select(pair => $"{pair.id}: {pair.count} for validation")
            .ToList();
        Assert.True(short_.Count == 0, "Too few answers:\n" + string.Join('\n', short_));
    }

    [Fact]
    public void No_reading_in_the_corpus_flips_a_criterion()
    {
        var flips = CorpusReport.Shared.List(CorpusVerdict.Flips, _ => true);
        Assert.True(flips.Length == 0, "Readings that can flip a criterion:\n" + flips);
    }

    [Theory]
    [InlineData(CorpusRow.Validation, "en")]
    [InlineData(CorpusRow.Validation, "zh")]
    [InlineData(CorpusRow.Development, "en")]
    [InlineData(CorpusRow.Development, "zh")]
    public void Each_part_is_read_as_expected_in_each_language(string part, string language)
    {
        var report = CorpusReport.Shared;
        bool Selected(CorpusRow row) => row.Part == part && row.Language == language;
        var rate = report.Rate(Selected);
        output.WriteLine(report.Table());
        Assert.True(
            rate >= Required,
            $"{part}/{language}: {rate:P1} read as expected (at least {Required:P0} required). Not as expected:\n" + report.List(CorpusVerdict.Differs, Selected) + report.List(CorpusVerdict.Flips, Selected));
    }

    [Theory]
    [InlineData("yes", "yes", CorpusVerdict.AsExpected)]
    [InlineData("yes", "no", CorpusVerdict.Flips)]
    [InlineData("yes", "ask", CorpusVerdict.Differs)]
    [InlineData("ask", "yes", CorpusVerdict.Flips)]
    [InlineData("confirm:yes", "yes", CorpusVerdict.Differs)]
    [InlineData("confirm:yes", "no", CorpusVerdict.Flips)]
    [InlineData("no", "confirm:yes", CorpusVerdict.Differs)]
    [InlineData("dont-know", "no", CorpusVerdict.Flips)]
    public void A_definite_reading_of_another_value_flips_and_a_question_only_differs(string expected, string actual, CorpusVerdict verdict) =>
        Assert.Equal(verdict, CorpusReader.Judge(expected, actual, Screening.Answers.AnswerKind.YesNo));

    [Theory]
    [InlineData("2m", "61d", CorpusVerdict.AsExpected)]
    [InlineData("15d", "14d", CorpusVerdict.Flips)]
    [InlineData("5y", "1826d", CorpusVerdict.AsExpected)]
    [InlineData("confirm:10d", "confirm:10d", CorpusVerdict.AsExpected)]
    public void Elapsed_times_compare_in_days_within_a_few_percent(string expected, string actual, CorpusVerdict verdict) =>
        Assert.Equal(verdict, CorpusReader.Judge(expected, actual, Screening.Answers.AnswerKind.ElapsedTime));

    [Theory]
    [InlineData("prednisone+~methotrexate", "~methotrexate+prednisone", CorpusVerdict.AsExpected)]
    [InlineData("prednisone+methotrexate", "prednisone[for=14d]+methotrexate", CorpusVerdict.AsExpected)]
    [InlineData("prednisone[for=2w]+methotrexate", "prednisone[for=14d]+methotrexate", CorpusVerdict.AsExpected)]
    [InlineData("~azathioprine[ago=2520d]", "~azathioprine[ago=2530d]", CorpusVerdict.AsExpected)]
    [InlineData("prednisone[for=2w]", "prednisone", CorpusVerdict.Flips)]
    [InlineData("prednisone[for=2w]", "prednisone[for=84d]", CorpusVerdict.Flips)]
    [InlineData("prednisone[]", "prednisone[for=14d]", CorpusVerdict.Flips)]
    [InlineData("prednisone[for=2w]", "ask", CorpusVerdict.Differs)]
    public void Medicines_compare_as_a_set_with_their_course_when_the_row_names_it(string expected, string actual, CorpusVerdict verdict) =>
        Assert.Equal(verdict, CorpusReader.Judge(expected, actual, Screening.Answers.AnswerKind.Medicines));
}
