using TrialBot.Recognition.Questions;
using TrialBot.Screening.Definition;
using TrialBot.Screening.Texts;

namespace TrialBot.Recognition.Tests;

/// <summary>A question about the study is found from its entry's trigger phrases: whole words in English, anywhere in Chinese.</summary>
public sealed class FaqFinderTests
{
    private static readonly FaqFinder Finder = new(
    [
        Entry("cost", "is it free", "cost", "费用", "要钱"),
        Entry("what-is-relma-cel", "car-t", "cart", "relma-cel"),
        Entry("phase", "phase i", "i期"),
    ]);

    [Theory]
    [InlineData("Is it free?", "cost")]
    [InlineData("参加需要费用吗？", "cost")]
    [InlineData("what is CAR-T", "what-is-relma-cel")]
    [InlineData("什么是I期", "phase")]
    [InlineData("how much does it COST", "cost")]
    public void A_question_about_the_study_finds_its_entry(string text, string id) => Assert.Equal(id, Finder.Find(text)?.Id);

    [Theory]
    [InlineData("I feel carefree today")]
    [InlineData("prednisone 10 mg")]
    [InlineData("")]
    [InlineData(null)]
    public void Anything_else_finds_none(string? text) => Assert.Null(Finder.Find(text));

    private static FaqEntry Entry(string id, params string[] triggers) =>
        new(id, new LocalizedText("q", "问"), new LocalizedText("a", "答"), triggers);
}
