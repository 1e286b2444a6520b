namespace TrialBot.Recognition.Text;

/// <summary>A phrase found in a text.</summary>
/// <typeparam name="TTag">What the phrase stands for.</typeparam>
/// <param name="Start">Index of its first character.</param>
/// <param name="Length">Its length in characters.</param>
/// <param name="Tag">What it stands for.</param>
internal readonly record struct PhraseMatch<TTag>(int Start, int Length, TTag Tag)
{
    /// <summary>Index just past its last character.</summary>
    public int End => Start + Length;
}
