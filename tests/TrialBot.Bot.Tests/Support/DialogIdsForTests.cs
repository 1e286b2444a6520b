namespace TrialBot.Bot.Tests.Support;

/// <summary>The question ids of the contract outside the trial definition.</summary>
internal static class DialogIdsForTests
{
    public const string Referral = "referral";
    public const string ReferralSite = "referral.site";
    public const string ReferralName = "referral.name";
    public const string ReferralContact = "referral.contact";
    public const string DeleteConfirm = "delete.confirm";
}
