using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace TrialBot.Dialogs;

/// <summary>The dialogs an application has, by id. A dialog begins another only by id, so everything on a stored stack is found here.</summary>
public sealed class DialogSet
{
    private readonly Dictionary<string, Dialog> dialogs = new(StringComparer.Ordinal);

    /// <summary>Adds a dialog.</summary>
    /// <param name="dialog">The dialog; its id must be new in the set.</param>
    /// <returns>This set, to chain calls.</returns>
    /// <exception cref="ArgumentException">Another dialog already has the id.</exception>
    public DialogSet Add(Dialog dialog)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        if (!dialogs.TryAdd(dialog.Id, dialog))
        {
            throw new ArgumentException($"A dialog with id '{dialog.Id}' is already in the set.", nameof(dialog));
        }

        return this;
    }

    /// <summary>Finds a dialog by id.</summary>
    /// <param name="dialogId">The dialog's id.</param>
    /// <returns>The dialog, or null when the set has none with that id.</returns>
    public Dialog? Find(string dialogId)
    {
        ArgumentNullException.ThrowIfNull(dialogId);
        return dialogs.GetValueOrDefault(dialogId);
    }

    /// <summary>
    /// Computes a version of the set from each dialog's id and <see cref="Dialog.Shape"/>: renaming, adding or removing a
    /// dialog, or changing a waterfall's step count gives a new version. Reordering steps without changing their count
    /// does not: set <see cref="DialogEngineOptions.DialogsVersion"/> explicitly when you do that.
    /// </summary>
    /// <returns>Sixteen lowercase hexadecimal characters.</returns>
    public string ComputeVersion()
    {
        var description = new StringBuilder();
        foreach (var dialog in dialogs.Values.OrderBy(dialog => dialog.Id, StringComparer.Ordinal))
        {
            description.Append(CultureInfo.InvariantCulture, $"{dialog.Id}\t{dialog.Shape}\n");
        }

        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(description.ToString()));
        return Convert.ToHexStringLower(hash.AsSpan(0, 8));
    }
}
