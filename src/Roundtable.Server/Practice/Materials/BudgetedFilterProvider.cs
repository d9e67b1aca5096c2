using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Tokens;

namespace Roundtable.Server.Practice.Materials;

/// <summary>PdfPig's own stream filters, each decoding within a <see cref="PdfReadingBudget"/>.</summary>
internal sealed class BudgetedFilterProvider(PdfReadingBudget budget) : IFilterProvider
{
    public IReadOnlyList<IFilter> GetFilters(DictionaryToken dictionary) => Budgeted(DefaultFilterProvider.Instance.GetFilters(dictionary));

    public IReadOnlyList<IFilter> GetNamedFilters(IReadOnlyList<NameToken> names) => Budgeted(DefaultFilterProvider.Instance.GetNamedFilters(names));

    public IReadOnlyList<IFilter> GetAllFilters() => Budgeted(DefaultFilterProvider.Instance.GetAllFilters());

    private IReadOnlyList<IFilter> Budgeted(IReadOnlyList<IFilter> filters) => [.. filters.Select(filter => new BudgetedFilter(filter, budget))];
}
