using Roundtable.Bench;
using Roundtable.Bench.Assistant;
using Roundtable.Bench.Practice;

return args switch
{
    ["assistant", ..] => await AssistantBench.MainAsync(args),
    ["practice", ..] => await PracticeBench.MainAsync(args),
    _ => await ShowcaseBench.MainAsync(args),
};
