using TrialBot.Screening.Medicines;

namespace TrialBot.Recognition.Tests;

public class MedicineCatalogDataTests
{
    [Theory]
    [InlineData("prednisone", 5)]
    [InlineData("prednisolone", 5)]
    [InlineData("methylprednisolone", 4)]
    [InlineData("triamcinolone", 4)]
    [InlineData("dexamethasone", 0.75)]
    [InlineData("betamethasone", 0.6)]
    [InlineData("hydrocortisone", 20)]
    [InlineData("cortisone", 25)]
    [InlineData("deflazacort", 6)]
    public void The_shipped_catalog_has_each_steroid_with_its_equivalence(string id, double equivalentMg)
    {
        var medicine = Catalog.Get(id);

        Assert.Equal(MedicineClass.Corticosteroid, medicine.Class);
        Assert.Equal(equivalentMg, medicine.EquivalentToPrednisone5Mg);
        Assert.Equal(id == "deflazacort", medicine.EquivalenceContested);
    }

    [Theory]
    [InlineData("hydroxychloroquine", MedicineClass.Antimalarial)]
    [InlineData("chloroquine", MedicineClass.Antimalarial)]
    [InlineData("ibuprofen", MedicineClass.Nsaid)]
    [InlineData("naproxen", MedicineClass.Nsaid)]
    [InlineData("diclofenac", MedicineClass.Nsaid)]
    [InlineData("celecoxib", MedicineClass.Nsaid)]
    [InlineData("aspirin", MedicineClass.Nsaid)]
    [InlineData("azathioprine", MedicineClass.Immunosuppressant)]
    [InlineData("mycophenolate-mofetil", MedicineClass.Immunosuppressant)]
    [InlineData("mycophenolic-acid", MedicineClass.Immunosuppressant)]
    [InlineData("cyclophosphamide", MedicineClass.Immunosuppressant)]
    [InlineData("methotrexate", MedicineClass.Immunosuppressant)]
    [InlineData("leflunomide", MedicineClass.Immunosuppressant)]
    [InlineData("tacrolimus", MedicineClass.Immunosuppressant)]
    [InlineData("cyclosporine", MedicineClass.Immunosuppressant)]
    [InlineData("belimumab", MedicineClass.Immunosuppressant)]
    [InlineData("telitacicept", MedicineClass.Immunosuppressant)]
    public void The_shipped_catalog_has_the_other_regimen_medicines(string id, MedicineClass medicineClass)
    {
        var medicine = Catalog.Get(id);

        Assert.Equal(medicineClass, medicine.Class);
        Assert.Null(medicine.EquivalentToPrednisone5Mg);
    }

    [Fact]
    public void No_name_belongs_to_two_medicines()
    {
        var shared = Catalog.All.SelectMany(m => m.Names.Select(n => (Name: n.ToLowerInvariant(), m.Id)))
            .GroupBy(x => x.Name)
            .Where(g => g.Select(x => x.Id).Distinct().Count() > 1)
            .Select(g => g.Key);

        Assert.Empty(shared);
    }
}
