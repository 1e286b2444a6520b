namespace TrialBot.Storage.Tests.Support;

public sealed class Dose
{
    public double Milligrams { get; set; }

    public int TimesPerDay { get; set; }
}
