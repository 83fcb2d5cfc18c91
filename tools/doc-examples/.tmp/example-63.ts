import { axes, type Axe } from "@nrs/model";
const first: Axe | undefined = axes[0];
console.log(first?.libelleCourt.en);
export {};
