namespace TrialBot.Recognition.Places;

/// <summary>Areas too broad to suggest the nearer hospital from ("China", "the south", 南方, 农村, "a small town").</summary>
internal static class BroadAreaLexicon
{
    /// <summary>The phrases, folded.</summary>
    public static readonly string[] Phrases =
    [
        "china", "mainland", "mainland china", "prc", "the south", "south", "southern china", "south china", "the north",
        "north", "northern china", "north china", "the east", "east china", "eastern china", "the west", "west china",
        "western china", "central china", "the northeast", "northeast", "the southwest", "southwest", "the northwest",
        "northwest", "the countryside", "countryside", "a village", "village", "a small town", "small town", "the coast",
        "中国", "国内", "大陆", "内地", "南方", "北方", "华东", "华南", "华北", "华中", "西南", "西北", "东北", "农村", "乡下",
        "县城", "小县城", "小城市", "镇上", "村里", "老家", "沿海", "江南",
    ];
}
