using System.Globalization;
using System.Text;

namespace TrialBot.Recognition.Places;

/// <summary>The form place names are matched in: lower case, without accents ("Ürümqi" is "urumqi") or apostrophes
/// ("Xi'an" is "xian"), other punctuation as spaces.</summary>
internal static class PlaceText
{
    /// <summary>The matching form of <paramref name="text"/>.</summary>
    public static string Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        foreach (var character in text.Normalize(NormalizationForm.FormD))
        {
            switch (CharUnicodeInfo.GetUnicodeCategory(character))
            {
                case UnicodeCategory.NonSpacingMark:
                    break;
                case UnicodeCategory.LowercaseLetter or UnicodeCategory.UppercaseLetter or UnicodeCategory.OtherLetter or UnicodeCategory.DecimalDigitNumber:
                    builder.Append(char.ToLowerInvariant(character));
                    break;
                default:
                    builder.Append(character is '\'' or '\u2019' or '\u2018' ? string.Empty : " ");
                    break;
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }
}
