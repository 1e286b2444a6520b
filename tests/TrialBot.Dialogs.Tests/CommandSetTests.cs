using TrialBot.Dialogs.Commands;

namespace TrialBot.Dialogs.Tests;

public class CommandSetTests
{
    [Theory]
    [InlineData("help", BuiltInCommands.Help)]
    [InlineData("restart", BuiltInCommands.Restart)]
    [InlineData("start  over", BuiltInCommands.Restart)]
    [InlineData("cancel", BuiltInCommands.Cancel)]
    [InlineData("STOP!!", BuiltInCommands.Cancel)]
    [InlineData("help me", null)]
    [InlineData("please stop", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void Matches_whole_normalised_utterances_only(string? utterance, string? expected)
    {
        Assert.Equal(expected, CommandSet.CreateDefault().Match(utterance));
    }

    [Fact]
    public void A_phrase_cannot_give_two_commands()
    {
        var commands = CommandSet.CreateDefault();

        Assert.Throws<ArgumentException>(() => commands.AddPhrases(BuiltInCommands.Cancel, "Help!"));
    }

    [Fact]
    public void Phrases_need_an_existing_command()
    {
        Assert.Throws<ArgumentException>(() => new CommandSet().AddPhrases("nothing", "x"));
    }

    [Fact]
    public void Replacing_a_handler_keeps_its_phrases()
    {
        CommandHandler handler = (_, _) => Task.FromResult(DialogTurnResult.Waiting);

        var commands = CommandSet.CreateDefault().Add(BuiltInCommands.Help, handler);

        Assert.Same(handler, commands.FindHandler(BuiltInCommands.Help));
        Assert.Equal(BuiltInCommands.Help, commands.Match("help"));
    }
}
