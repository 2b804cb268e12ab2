/**
 * PRP preparation devices are FDA 510(k)-cleared; using PRP on the scalp or
 * face is an off-label use. Every document with offLabel: true shows this.
 */
export function OffLabelNotice() {
  return (
    <aside aria-label="Off-label use" className="rounded-md border-l-4 border-sky-700 bg-sky-50 p-4 text-slate-800">
      <p>
        <strong className="font-semibold">Off-label use: </strong>
        the devices used to prepare platelet-rich plasma (PRP) are cleared by the US Food and Drug Administration through its 510(k)
        process. Using PRP for the purpose described on this page is not an FDA-cleared indication; your practitioner will explain what that
        means for you before any treatment.
      </p>
    </aside>
  );
}
