/// The express-pipeline playbook, built in so `leaktrace demo` runs from any folder.
/// A test keeps it identical to `Playbooks/express-pipeline.yaml`.
public enum BundledPlaybook {
    public static let relativePath = "Playbooks/express-pipeline.yaml"

    public static let expressPipeline = #"""
# The express chain a customer's name, phone and address travel through.
# Entities hold customer data; flows say where it moves. A flow with `copy: true` means everything
# the source holds is also held by the destination (branch manifests synced to HQ), which widens
# every canary's visibility set.
name: express-pipeline
entities:
  - id: platform
    kind: platform
    name: 某电商平台
  - id: merchant-yiwu
    kind: merchant
    name: 义乌某日用品商家
  - id: merchant-shenzhen
    kind: merchant
    name: 深圳某数码商家
  - id: courier-hq
    kind: courier
    name: 某快递公司总部（电子面单系统）
  - id: branch-1
    kind: branch
    name: 杭州西湖网点
  - id: branch-2
    kind: branch
    name: 北京朝阳网点
  - id: branch-3
    kind: branch
    name: 上海浦东网点
flows:
  - from: platform
    to: merchant-yiwu
  - from: platform
    to: merchant-shenzhen
  - from: merchant-yiwu
    to: courier-hq
  - from: merchant-shenzhen
    to: courier-hq
  - from: courier-hq
    to: branch-1
  - from: courier-hq
    to: branch-2
  - from: courier-hq
    to: branch-3
  # branch-3's signed-receipt manifests are synced back to HQ: HQ holds all branch-3 holds
  - from: branch-3
    to: courier-hq
    copy: true
"""#
}
