using TrialBot.Recognition.Statements;

namespace TrialBot.Recognition.Tests;

/// <summary>An answer to a lab question read as a statement about the condition the limit defines.</summary>
public class LabConditionReaderTests
{
    private static readonly YesNoSubject IgaDeficiency = new(["iga deficiency", "iga缺乏", "no iga at all", "almost none", "几乎没有"], [], []);

    [Theory]
    [InlineData("they said I have almost none, IgA deficiency. thats why i get so many infections")]
    [InlineData("selective IgA deficiency")]
    [InlineData("i have no IgA at all")]
    [InlineData("我有IgA缺乏症")]
    [InlineData("医生说几乎没有")]
    public void Naming_the_condition_states_it(string text)
    {
        Assert.True(LabConditionReader.Read(text, IgaDeficiency));
    }

    [Theory]
    [InlineData("no iga deficiency")]
    [InlineData("I don't have IgA deficiency")]
    [InlineData("没有IgA缺乏")]
    [InlineData("i dont think i have iga deficiency")]
    [InlineData("应该没有IgA缺乏吧")]
    public void Denying_the_condition_states_its_absence(string text)
    {
        Assert.False(LabConditionReader.Read(text, IgaDeficiency));
    }

    [Theory]
    [InlineData("2.1 g/L")]
    [InlineData("no")]
    [InlineData("dont know")]
    [InlineData("")]
    public void An_answer_that_does_not_name_it_states_nothing(string text)
    {
        Assert.Null(LabConditionReader.Read(text, IgaDeficiency));
    }
}
