using TrialBot.Screening.Medicines;

namespace TrialBot.Screening.Definition.Loading;

/// <summary>
/// Reads a medicines file: a JSON array of <see cref="Medicine"/> objects in camelCase
/// (<c>id</c>, <c>class</c>, <c>names</c>, <c>shown</c>, <c>equivalentToPrednisone5Mg</c>, <c>equivalenceContested</c>,
/// <c>tabletStrengthsMg</c>).
/// </summary>
internal static class MedicinesReader
{
    /// <summary>The catalog in the file at <paramref name="path"/>.</summary>
    public static MedicineCatalog Read(string path)
    {
        var root = DefinitionFile.Parse(path);
        var medicines = new List<Medicine>();
        foreach (var item in root.Items())
        {
            medicines.Add(ReadMedicine(item, medicines));
        }

        return new MedicineCatalog(medicines);
    }

    private static Medicine ReadMedicine(DefinitionNode node, List<Medicine> earlier)
    {
        node.AllowOnly("id", "class", "names", "shown", "equivalentToPrednisone5Mg", "equivalenceContested", "tabletStrengthsMg");
        var idNode = node.Required("id");
        var id = idNode.String();
        if (earlier.Any(medicine => medicine.Id == id))
        {
            throw idNode.Error($"the id '{id}' is used twice.");
        }

        var medicineClass = node.Required("class").Enum<MedicineClass>();
        var names = node.Required("names").Strings();
        var equivalentNode = node.Optional("equivalentToPrednisone5Mg");
        double? equivalent = equivalentNode?.NonNegativeNumber();
        if (medicineClass == MedicineClass.Corticosteroid && equivalent is not > 0)
        {
            throw (equivalentNode ?? node).Error("a corticosteroid needs equivalentToPrednisone5Mg, a number above zero.");
        }

        if (medicineClass != MedicineClass.Corticosteroid && equivalentNode is not null)
        {
            throw equivalentNode.Error("only a corticosteroid has a prednisone equivalence.");
        }

        var contested = node.Optional("equivalenceContested")?.Flag() ?? false;
        var strengths = node.Optional("tabletStrengthsMg") is { } strengthsNode ? ReadStrengths(strengthsNode) : TabletStrengths.None;
        return new Medicine(id, medicineClass, names, equivalent, contested)
        {
            Shown = node.Optional("shown")?.Text(),
            TabletStrengthsMg = strengths,
        };
    }

    /// <summary><c>{"en": [...], "zh": [...]}</c>: the strengths sold where people write each language.</summary>
    private static TabletStrengths ReadStrengths(DefinitionNode node)
    {
        node.AllowOnly("en", "zh");
        return new TabletStrengths(
            node.Required("en").Items().Select(PositiveNumber).ToList(),
            node.Required("zh").Items().Select(PositiveNumber).ToList());
    }

    private static double PositiveNumber(DefinitionNode node) =>
        node.NonNegativeNumber() is var value && value > 0 ? value : throw node.Error("expected a tablet strength above zero mg.");
}
