import { cn } from "@/components/ui/cn";

type Props = { width: number; height: number; hand: "right" | "left"; color: boolean; className?: string };

/** The chosen device's page to scale, with the side tabs on the writing hand's side. */
export function PageShape({ width, height, hand, color, className }: Props) {
  const box = 88;
  const scale = box / Math.max(width, height);
  const w = Math.round(width * scale);
  const h = Math.round(height * scale);
  return (
    <div className={cn("flex h-[92px] w-[92px] shrink-0 items-center justify-center", className)} aria-hidden="true">
      <div
        className="relative rounded-sm border border-stone-400 bg-white shadow-sm dark:border-stone-500 dark:bg-stone-100"
        style={{ width: w, height: h }}
      >
        <div className={cn("absolute top-1 bottom-1 flex w-1.5 flex-col gap-px", hand === "left" ? "left-0.5" : "right-0.5")}>
          {Array.from({ length: 8 }, (_, i) => (
            <span
              key={i}
              className={cn(
                "flex-1 rounded-[1px]",
                color ? (i === 2 ? "bg-emerald-500" : "bg-emerald-200") : i === 2 ? "bg-stone-500" : "bg-stone-300",
              )}
            />
          ))}
        </div>
        <div className={cn("absolute top-1.5 h-px bg-stone-300", hand === "left" ? "right-1.5 left-3" : "right-3 left-1.5")} />
      </div>
    </div>
  );
}
