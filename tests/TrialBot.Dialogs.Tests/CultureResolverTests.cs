using System.Globalization;

namespace TrialBot.Dialogs.Tests;

public sealed class CultureResolverTests
{
    private static readonly CultureInfo Fallback = CultureInfo.GetCultureInfo("en-US");

    [Theory]
    [InlineData("zh-CN", "zh-CN")]
    [InlineData(" zh-CN ", "zh-CN")]
    [InlineData("en-GB", "en-GB")]
    [InlineData("not-a-locale-at-all", "en-US")]
    [InlineData("", "en-US")]
    [InlineData(null, "en-US")]
    public void A_locale_resolves_to_its_culture_or_the_fallback_and_the_same_way_again(string? locale, string expected)
    {
        Assert.Equal(expected, CultureResolver.Resolve(locale, Fallback).Name);
        Assert.Equal(expected, CultureResolver.Resolve(locale, Fallback).Name);
    }

    [Fact]
    public void Past_the_remembered_locales_each_is_still_resolved_and_an_unknown_one_still_falls_back()
    {
        for (var i = 0; i < CultureResolver.MaxRemembered + 10; i++)
        {
            Assert.Same(Fallback, CultureResolver.Resolve($"xx-unknown-{i}", Fallback));
        }

        Assert.Equal("zh-TW", CultureResolver.Resolve("zh-TW", Fallback).Name);
        Assert.Same(Fallback, CultureResolver.Resolve("yy-unknown-after", Fallback));
        var other = CultureInfo.GetCultureInfo("fr-FR");
        Assert.Same(other, CultureResolver.Resolve("xx-unknown-3", other));
    }
}
